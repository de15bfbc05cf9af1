import type { Markup } from './hitMarkup';

/** Draws `Markup` with React: the islands' renderer of a search hit (`toDom` is the scripts'). */
export function MarkupView({ markup }: { markup: readonly Markup[] }) {
  return (
    <>
      {markup.map((node, i) => {
        if (typeof node === 'string') return node;
        const { tag: Tag, className, href, children } = node;
        return (
          <Tag key={i} className={className} href={href}>
            <MarkupView markup={children} />
          </Tag>
        );
      })}
    </>
  );
}

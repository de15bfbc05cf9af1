import { useEffect, useRef } from 'react';
import { compareDescription, compareDocumentTitle } from '../../lib/compareView';

/**
 * Names the compared agreements in the document title and meta description while they are shown
 * (what a tab, a bookmark or a share sheet picks up), and puts the page's own back when nothing is.
 * Names go in as text: `document.title` and an attribute value cannot hold markup.
 */
export function useCompareHead(names: readonly string[], normCount: number): void {
  const initial = useRef<{ title: string; description: string } | null>(null);
  const key = JSON.stringify(names);
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    initial.current ??= { title: document.title, description: meta?.content ?? '' };
    const shown = JSON.parse(key) as string[];
    document.title = shown.length ? compareDocumentTitle(shown) : initial.current.title;
    if (meta)
      meta.content = shown.length
        ? compareDescription(shown, normCount)
        : initial.current.description;
  }, [key, normCount]);
}

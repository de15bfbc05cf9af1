import { Fragment } from 'react';
import { listParts } from '../../lib/format';

interface Props {
  names: readonly string[];
  /** Put each name in quotation marks: the link's own words, repeated as given. */
  quoted?: boolean;
}

/**
 * Names joined as a sentence lists them, each in its own `<bdi>`: a name from the link or the data
 * may be right-to-left or carry direction controls (U+202E), and isolated it cannot reorder the
 * words, quotation marks and commas around it.
 */
export function NameList({ names, quoted = false }: Props) {
  return listParts(names).map((part, i) =>
    'item' in part ? (
      <Fragment key={i}>
        {quoted && '“'}
        <bdi>{part.item}</bdi>
        {quoted && '”'}
      </Fragment>
    ) : (
      <Fragment key={i}>{part.text}</Fragment>
    ),
  );
}

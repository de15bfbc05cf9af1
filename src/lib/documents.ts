import type { Agreement } from '../schemas/agreement';
import type { CodedDocument } from '../schemas/document';
import { reflectedNormIds } from './frequencies';
import type { Highlight } from './sourceReader';
import { compactText, findVerbatim } from './text/verbatim';
import { documentPath, normBlockId, quoteAnchor } from './urls';

/**
 * Our coding of related primary texts, kept apart from the report's agreements: nothing here feeds
 * the report's figures, charts or matrix.
 */

/** Where our coding of a document and the report's coding of an agreement agree and differ. */
export interface CodingComparison {
  agreement: Agreement;
  /** Norms both reflect. */
  both: number[];
  /** Norms only the document reflects (in our coding). */
  onlyDocument: number[];
  /** Norms only the agreement reflects (in the report's coding). */
  onlyAgreement: number[];
}

export function compareCoding(document: CodedDocument, agreement: Agreement): CodingComparison {
  const ours = new Set(reflectedNormIds(document));
  const theirs = new Set(reflectedNormIds(agreement));
  return {
    agreement,
    both: [...ours].filter((n) => theirs.has(n)),
    onlyDocument: [...ours].filter((n) => !theirs.has(n)),
    onlyAgreement: [...theirs].filter((n) => !ours.has(n)),
  };
}

/** Whether the two codings differ at all. */
export function differs(comparison: CodingComparison): boolean {
  return comparison.onlyDocument.length > 0 || comparison.onlyAgreement.length > 0;
}

/** The anchor of a quoted passage in the document's text, e.g. `q-sco-code-of-conduct-2011-n3-1`. */
export function documentQuoteAnchor(id: string, normId: number, index: number): string {
  return quoteAnchor(id, { part: 'norm', normId, index });
}

/** Every quoted passage of our coding, located in the document's text, for the reader's highlights. */
export function documentHighlights(document: CodedDocument, text: string): Highlight[] {
  const compact = compactText(text);
  return document.norms.flatMap((cell) =>
    cell.evidence.flatMap((evidence, index) => {
      const span = findVerbatim(compact, evidence.text);
      return span
        ? [
            {
              id: documentQuoteAnchor(document.id, cell.norm, index),
              span,
              quotedAt: {
                href: `${documentPath(document.id)}#${normBlockId(cell.norm)}`,
                label: `our coding, norm ${cell.norm}`,
              },
            },
          ]
        : [];
    }),
  );
}

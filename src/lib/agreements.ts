import type { Agreement, NormCell } from '../schemas/agreement';
import type { Source } from '../schemas/source';
import { CATEGORIES, type Category } from '../schemas/values';

/** The title as the report heads it, without the trailing full stop some headings carry. */
export function displayTitle(agreement: Pick<Agreement, 'title'>): string {
  return agreement.title.replace(/\.\s*$/u, '');
}

/** The agreements before and after `slug` in report order (undefined at either end). */
export function neighbours(
  agreements: readonly Agreement[],
  slug: string,
): { previous: Agreement | undefined; next: Agreement | undefined } {
  const i = agreements.findIndex((a) => a.slug === slug);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: agreements[i - 1], next: agreements[i + 1] };
}

/** Agreements grouped by the report's categories, in the categories' order; empty groups left out. */
export function groupByCategory(
  agreements: readonly Agreement[],
): { category: Category; agreements: Agreement[] }[] {
  return (Object.keys(CATEGORIES) as Category[])
    .map((category) => ({
      category,
      agreements: agreements.filter((a) => a.category.value === category),
    }))
    .filter((group) => group.agreements.length > 0);
}

/** Source documents related to an agreement (not the report, which covers all of them). */
export function relatedSources(sources: readonly Source[], slug: string): Source[] {
  return sources.filter((s) => s.kind !== 'report' && s.relatedAgreements.includes(slug));
}

/**
 * The cell of norm `normId` in a record (an agreement, a coded document, or their island props):
 * `norms[normId - 1]`, because the verifier guarantees the 11 cells in norm order. Throws when that
 * place holds another norm's cell, which only a record that skipped the verifier can cause.
 */
export function cellFor<C extends Pick<NormCell, 'norm'>>(
  record: { readonly norms: readonly C[] },
  normId: number,
): C {
  const cell = record.norms[normId - 1];
  if (cell?.norm !== normId)
    throw new Error(`norms[${normId - 1}] is not the cell of norm ${normId}`);
  return cell;
}

/** How one norm fares across agreements: who reflects it (and how), who does not. */
export interface NormAcrossAgreements {
  reflecting: { agreement: Agreement; cell: NormCell }[];
  notReflecting: { agreement: Agreement; cell: NormCell }[];
}

/** Splits agreements by whether they reflect norm `normId`, keeping report order. */
export function normAcrossAgreements(
  agreements: readonly Agreement[],
  normId: number,
): NormAcrossAgreements {
  const pairs = agreements.map((agreement) => ({ agreement, cell: cellFor(agreement, normId) }));
  return {
    reflecting: pairs.filter((p) => p.cell.reflected),
    notReflecting: pairs.filter((p) => !p.cell.reflected),
  };
}

import type { CitationInput } from '../../lib/cite';
import type { Agreement } from '../../schemas/agreement';
import type { Norm } from '../../schemas/norm';
import type { Category } from '../../schemas/values';

/** An agreement as the picker and the column headings need it (island props: serialisable). */
export type CompareOption = Pick<Agreement, 'slug' | 'shortName' | 'title'>;

/** The picker's checkboxes, grouped by the report's categories. */
export interface CompareOptionGroup {
  category: Category;
  label: string;
  options: CompareOption[];
}

/** A norm as the comparison shows it. */
export type CompareNorm = Pick<Norm, 'id' | 'slug' | 'title' | 'simplified'>;

/** What a citation of a comparison needs besides its title and URL (see `pageCitation`). */
export type CompareCitation = Pick<CitationInput, 'version' | 'year' | 'report'>;

import type { Category } from '../../schemas/values';

/** An agreement as the picker and the column headings need it (island props: serialisable). */
export interface CompareOption {
  slug: string;
  shortName: string;
  title: string;
}

/** The picker's checkboxes, grouped by the report's categories. */
export interface CompareOptionGroup {
  category: Category;
  label: string;
  options: CompareOption[];
}

/** A norm as the comparison shows it. */
export interface CompareNorm {
  id: number;
  slug: string;
  title: string;
  simplified: string;
}

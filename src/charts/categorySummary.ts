import { listOf } from '../lib/format';
import { hasShare } from '../lib/frequencies';
import { CATEGORIES, type Category } from '../schemas/values';

/** What the summary needs of one bar of the category chart. */
export interface CategoryShare {
  id: number;
  category: Category;
  count: number;
  total: number;
}

/** "UN (n = 1)": a category's name with the number of agreements its shares are taken of. */
export function categoryWithSize(category: Category, total: number, label?: string): string {
  return `${label ?? CATEGORIES[category].label} (n = ${total})`;
}

/** The lower-case name used inside a sentence: "single stakeholder group", but "UN". */
function inSentence(category: Category): string {
  const { label } = CATEGORIES[category];
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

/**
 * The category chart's text alternative: each category's size, then the highest share among the
 * categories large enough to have one (ties listed, never one picked at random), then which
 * categories are too small to compare. A category of one agreement never supplies the takeaway.
 */
export function categorySummary(rows: readonly CategoryShare[]): string {
  const categories = (Object.keys(CATEGORIES) as Category[]).filter((c) =>
    rows.some((r) => r.category === c),
  );
  const size = (c: Category) => rows.find((r) => r.category === c)?.total ?? 0;
  const sizes = `Shares within each category: ${listOf(categories.map((c) => categoryWithSize(c, size(c), inSentence(c))))}.`;
  const comparable = rows.filter((r) => hasShare(r.total));
  const best = Math.max(...comparable.map((r) => r.count / r.total));
  const top = comparable.filter((r) => r.count / r.total === best);
  // Within one category a share fixes the count, so tied norms of a category read as one phrase.
  const tied = categories
    .map((c) => top.filter((r) => r.category === c))
    .filter((group) => group.length > 0)
    .map((group) => {
      const { count, total, category } = group[0] as CategoryShare;
      const ids = listOf(group.map((r) => String(r.id)));
      return `${group.length === 1 ? 'norm' : 'norms'} ${ids} among ${inSentence(category)} agreements (${count} of ${total}${group.length === 1 ? '' : ' each'})`;
    });
  const highest =
    tied.length === 0
      ? 'No category holds two or more agreements, so no share is compared.'
      : `The highest share is ${Math.round(best * 100)}%: ${listOf(tied)}.`;
  const small = categories.filter((c) => !hasShare(size(c)));
  const tooSmall =
    small.length === 0
      ? ''
      : ` The ${listOf(small.map(inSentence))} ${small.length === 1 ? 'category holds' : 'categories hold'} fewer than two agreements, too few for a share: there the chart says, norm by norm, whether the agreement reflects it.`;
  return `${sizes} ${highest}${tooSmall}`;
}

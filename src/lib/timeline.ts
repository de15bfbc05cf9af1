import type { Source } from '../schemas/source';
import type { Timeline, TimelineEntry } from '../schemas/timeline';

/** A timeline ready for an agreement page: the list it comes from and the source of each quoted year. */
export interface TimelineView {
  timeline: Timeline;
  list: Source;
  /** The source whose words date each dated entry, by entry index. */
  yearSources: Record<number, Source>;
}

/**
 * The timeline to show on agreement `slug`'s page: when the list's source relates to the agreement;
 * otherwise null.
 */
export function timelineFor(
  timeline: Timeline | null,
  sources: readonly Source[],
  slug: string,
): TimelineView | null {
  const list = timeline && sources.find((s) => s.id === timeline.sourceId);
  if (!timeline || !list?.relatedAgreements.includes(slug)) return null;
  const yearSources: Record<number, Source> = {};
  timeline.entries.forEach((entry, i) => {
    const source = entry.yearWording && sources.find((s) => s.id === (entry.yearSource ?? list.id));
    if (source) yearSources[i] = source;
  });
  return { timeline, list, yearSources };
}

/** The entries grouped by year, in the timeline's order; undated entries form a group of their own. */
export function timelineByYear<T extends Pick<TimelineEntry, 'year'>>(
  entries: readonly T[],
): { year: number | null; entries: T[] }[] {
  const groups: { year: number | null; entries: T[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.year === entry.year) last.entries.push(entry);
    else groups.push({ year: entry.year, entries: [entry] });
  }
  return groups;
}

/** The entry of the timeline that is agreement `slug`, if the list includes it. */
export function entryForAgreement(timeline: Timeline, slug: string): TimelineEntry | undefined {
  return timeline.entries.find((e) => e.agreement === slug);
}

import type { Agreement } from '../../schemas/agreement';
import type { Norm } from '../../schemas/norm';
import { STAKEHOLDER_TYPES } from '../../schemas/values';
import { displayTitle } from '../agreements';
import { evidenceOf } from '../quoteLocations';
import { stripWhitespace } from '../text/verbatim';
import { agreementNormPath, agreementPath, normPath } from '../urls';

/**
 * One searchable thing: an agreement, a norm, a quote (evidence under a norm, or the report's
 * framing), or an additional norm. Every document knows the site path it opens.
 */
/** A passage's document: a quote (evidence or framing) or an additional norm. */
export type PassageDocument = Extract<SearchDocument, { type: 'quote' | 'additional-norm' }>;

export type SearchDocument =
  | {
      type: 'agreement';
      /** Stable id, e.g. `a:paris-call`. */
      id: string;
      slug: string;
      title: string;
      shortName: string;
      /** Organisation, stakeholders and description, joined, for matching. */
      text: string;
      href: string;
    }
  | { type: 'norm'; id: string; normId: number; title: string; text: string; href: string }
  | {
      type: 'quote' | 'additional-norm';
      id: string;
      slug: string;
      shortName: string;
      /**
       * The norms the passage is evidence for, in order: one, or several when the report gives the
       * same passage under several norms (one hit, not one per norm); none for framing passages and
       * additional norms.
       */
      normIds: number[];
      text: string;
      locator: string | null;
      href: string;
    };

/** Builds the search documents from the dataset, in a stable order. */
export function buildSearchDocuments(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const a of agreements) {
    docs.push({
      type: 'agreement',
      id: `a:${a.slug}`,
      slug: a.slug,
      title: displayTitle(a),
      shortName: a.shortName,
      text: [
        a.listedAs,
        a.organisation.name ?? a.organisation.wording,
        a.stakeholders.wording,
        STAKEHOLDER_TYPES[a.stakeholders.type].label,
        a.description,
      ]
        .filter(Boolean)
        .join(' · '),
      href: agreementPath(a.slug),
    });
  }
  for (const n of norms) {
    docs.push({
      type: 'norm',
      id: `n:${n.id}`,
      normId: n.id,
      title: n.title,
      text: [n.simplified, n.gge?.text].filter(Boolean).join(' · '),
      href: normPath(n.slug),
    });
  }
  for (const a of agreements) {
    // The same words under another norm of the same agreement join the first passage's document.
    const seen = new Map<string, PassageDocument>();
    for (const { place, evidence } of evidenceOf(a)) {
      if (evidence.kind === 'placeholder') continue;
      const isAdditional = place.part === 'additional';
      const normId = place.part === 'norm' ? place.normId : null;
      const key = stripWhitespace(evidence.text);
      const earlier = normId !== null ? seen.get(key) : undefined;
      if (earlier && normId !== null) {
        if (!earlier.normIds.includes(normId)) earlier.normIds.push(normId);
        continue;
      }
      const doc: PassageDocument = {
        type: isAdditional ? 'additional-norm' : 'quote',
        id: `${isAdditional ? 'f' : 'q'}:${a.slug}:${place.part === 'norm' ? `n${place.normId}` : place.part}:${place.index + 1}`,
        slug: a.slug,
        shortName: a.shortName,
        normIds: normId === null ? [] : [normId],
        text: evidence.heading ? `${evidence.heading} ${evidence.text}` : evidence.text,
        locator: evidence.locator ?? null,
        href:
          normId !== null
            ? agreementNormPath(a.slug, normId)
            : `${agreementPath(a.slug)}#${isAdditional ? 'additional-norms' : 'report-commentary'}`,
      };
      docs.push(doc);
      if (doc.type === 'quote' && normId !== null) seen.set(key, doc);
    }
  }
  return docs;
}

/** The fields a document is searched by (see `SEARCH_KEYS`): its text, short name and title. */
export function searchedFields(doc: SearchDocument): string[] {
  return [doc.text, 'shortName' in doc ? doc.shortName : '', 'title' in doc ? doc.title : ''];
}

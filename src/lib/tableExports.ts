import type { Agreement } from '../schemas/agreement';
import type { Evidence } from '../schemas/evidence';
import type { Norm } from '../schemas/norm';
import { EVIDENCE_KINDS, type EvidenceKind } from '../schemas/values';
import { parseCsvRecords, restoreFormula, toCsv } from './csv';
import { cellFor } from './agreements';
import {
  EVIDENCE_COLUMN_DOCS,
  MATRIX_COLUMN_DOCS,
  SHARED_RUNS_SEPARATOR,
  expandColumns,
} from './csvColumns';
import { reflectedNormIds } from './frequencies';
import { evidenceOf } from './quoteLocations';
import { quoteAnchor, sourcePath, type EvidencePlace } from './urls';
import { wordingFor, type CellWording } from './wording/datasetWording';

/**
 * The two CSV downloads: `matrix.csv` (one row per agreement, label and reflected per norm) and
 * `evidence.csv` (one row per quoted passage, with its place in the record and in the report).
 * Their headers come from the column documentation (csvColumns.ts); each row lists its cells in
 * that order. `wording` is `Dataset.wording.agreements`: this site's measure, read, never redone.
 */

export function matrixCsv(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
  wording: readonly CellWording[],
  version: string,
): string {
  const header = expandColumns(MATRIX_COLUMN_DOCS, norms);
  const rows = agreements.map((a) => [
    a.slug,
    a.shortName,
    a.category.value,
    ...norms.flatMap((n) => {
      const cell = cellFor(a, n.id);
      return [cell.label, String(cell.reflected)];
    }),
    reflectedNormIds(a).length,
    ...norms.flatMap((n) => {
      const measured = wordingFor(wording, a.slug, n.id);
      return [measured?.class, measured?.share];
    }),
    version,
  ]);
  return toCsv(header, rows);
}

/** The runs of one passage that count, as it prints them, for evidence.csv's `shared_runs`. */
function sharedRunsOf(
  wording: readonly CellWording[],
  agreement: Agreement,
  place: EvidencePlace,
  text: string,
): string {
  if (place.part !== 'norm') return '';
  const runs = wordingFor(wording, agreement.slug, place.normId)?.runs ?? [];
  return runs
    .filter((run) => run.quoteIndex === place.index)
    .map((run) => text.slice(run.quoteStart, run.quoteEnd))
    .join(SHARED_RUNS_SEPARATOR);
}

/** `sourceUrl` turns a site path into the absolute URL of the passage in the report reader. */
export function evidenceCsv(
  agreements: readonly Agreement[],
  wording: readonly CellWording[],
  reportId: string,
  version: string,
  sourceUrl: (path: string) => string,
): string {
  const rows = agreements.flatMap((a) =>
    evidenceOf(a).map(({ place, evidence }) => [
      a.slug,
      a.shortName,
      place.part,
      place.part === 'norm' ? place.normId : '',
      place.index + 1,
      evidence.text,
      evidence.heading ?? '',
      evidence.locator ?? '',
      evidence.kind,
      evidence.fragment ?? '',
      sourceUrl(sourcePath(reportId, quoteAnchor(a.slug, place))),
      sharedRunsOf(wording, a, place, evidence.text),
      version,
    ]),
  );
  return toCsv(expandColumns(EVIDENCE_COLUMN_DOCS, []), rows);
}

/** Evidence read back from `evidence.csv`, grouped the way an agreement record holds it. */
export interface EvidenceByAgreement {
  commentary: Evidence[];
  norms: Map<number, Evidence[]>;
  additionalNorms: Evidence[];
}

/** Reads `evidence.csv` back into per-agreement lists, in file order; throws on a malformed row. */
export function readEvidenceCsv(text: string): Map<string, EvidenceByAgreement> {
  const out = new Map<string, EvidenceByAgreement>();
  parseCsvRecords(text).forEach((row, i) => {
    const slug = row.agreement ?? '';
    const entry: EvidenceByAgreement = out.get(slug) ?? {
      commentary: [],
      norms: new Map<number, Evidence[]>(),
      additionalNorms: [],
    };
    out.set(slug, entry);
    const kind = row.kind ?? '';
    if (!Object.hasOwn(EVIDENCE_KINDS, kind))
      throw new Error(`evidence.csv row ${i + 2}: unknown kind "${kind}"`);
    const evidence: Evidence = {
      text: restoreFormula(row.quote ?? ''),
      ...(row.heading ? { heading: restoreFormula(row.heading) } : {}),
      ...(row.locator ? { locator: restoreFormula(row.locator) } : {}),
      kind: kind as EvidenceKind,
      ...(row.fragment ? { fragment: restoreFormula(row.fragment) } : {}),
    };
    const part = row.part as EvidencePlace['part'] | undefined;
    if (part === 'commentary') entry.commentary.push(evidence);
    else if (part === 'additional') entry.additionalNorms.push(evidence);
    else if (part === 'norm') {
      const norm = Number(row.norm);
      const list = entry.norms.get(norm) ?? [];
      list.push(evidence);
      entry.norms.set(norm, list);
    } else throw new Error(`evidence.csv row ${i + 2}: unknown part "${row.part ?? ''}"`);
  });
  return out;
}

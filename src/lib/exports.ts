import type { Agreement, AgreementRecord, NormCell } from '../schemas/agreement';
import type { DatasetMeta } from '../schemas/dataset';
import type { CodedDocument } from '../schemas/document';
import type { Norm } from '../schemas/norm';
import type { Source } from '../schemas/source';
import { reflects } from './frequencies';
import { SITE_NAME, reportCitation } from './cite';
import { wordingFor, type CellWording } from './wording/datasetWording';
import { exportWording, type ExportedWording } from './wordingExport';

/**
 * A norm cell as published in the JSON downloads: the record's cell with `norm` named `id` (the
 * documented format of `agreements.json` and `documents.json`), then this site's wording measure
 * of the cell (null when not measured). Only the downloads have this shape: pages and islands get
 * the record's `NormCell` (`importAgreement` turns a download back into it).
 */
export type ExportedCell = Omit<NormCell, 'norm'> & { id: number; wording: ExportedWording | null };

/** The measured cells of the record being exported (`Dataset.wording`'s list for its kind). */
interface RecordWording {
  record: string;
  cells: readonly CellWording[];
}

const exportCell =
  ({ record, cells }: RecordWording) =>
  ({ norm, ...cell }: NormCell): ExportedCell => ({
    id: norm,
    ...cell,
    wording: exportWording(wordingFor(cells, record, norm)),
  });
// The measure is derived from the cell, so reading a download back leaves it out.
const importCell = ({ id, wording: _, ...cell }: ExportedCell): NormCell => ({ norm: id, ...cell });

/** An agreement as published in `agreements.json`: its record, its slug, cells with `id`. */
export type ExportedAgreement = Omit<AgreementRecord, 'norms'> & {
  slug: string;
  norms: ExportedCell[];
};

/** What every download says about itself. */
export interface ExportHeader {
  name: string;
  version: string;
  source: string;
}

export function exportHeader(meta: DatasetMeta, report: Source): ExportHeader {
  return { name: SITE_NAME, version: meta.version, source: reportCitation(report) };
}

/**
 * The published form of an agreement: every field of the record, in the record's order, each cell
 * with its measure from `wording` (`Dataset.wording.agreements`).
 */
export function exportAgreement(
  agreement: Agreement,
  wording: readonly CellWording[],
): ExportedAgreement {
  const { slug, norms, ...record } = agreement;
  return { slug, ...record, norms: norms.map(exportCell({ record: slug, cells: wording })) };
}

/** The inverse of `exportAgreement`, used to prove that nothing is lost on the way out. */
export function importAgreement(exported: ExportedAgreement): Agreement {
  const { norms, ...rest } = exported;
  return { ...rest, norms: norms.map(importCell) };
}

/** `agreements.json`: the dataset header and every agreement in report order. */
export function agreementsExport(
  agreements: readonly Agreement[],
  wording: readonly CellWording[],
  meta: DatasetMeta,
  report: Source,
): { dataset: ExportHeader; agreements: ExportedAgreement[] } {
  return {
    dataset: exportHeader(meta, report),
    agreements: agreements.map((agreement) => exportAgreement(agreement, wording)),
  };
}

/** `norms.json`: the dataset header and the 11 norms, each with the agreements that reflect it. */
export function normsExport(
  norms: readonly Norm[],
  agreements: readonly Agreement[],
  meta: DatasetMeta,
  report: Source,
): { dataset: ExportHeader; norms: (Norm & { reflectedBy: string[] })[] } {
  return {
    dataset: exportHeader(meta, report),
    norms: norms.map((norm) => exportNorm(norm, agreements)),
  };
}

/** A norm as published in `norms.json` (and alone in `norms/<slug>.json`): with who reflects it. */
export function exportNorm(
  norm: Norm,
  agreements: readonly Agreement[],
): Norm & { reflectedBy: string[] } {
  return {
    ...norm,
    reflectedBy: agreements.filter((a) => reflects(a, norm.id)).map((a) => a.slug),
  };
}

/** Who coded `documents.json`, said in the file itself so it cannot be mistaken for the report. */
export const EDITORS_CODING_NOTE =
  'Coded by the Cyber Norms Explorer editors, not by the BPF report, with the report’s rule. Not part of the report’s figures.';

/**
 * `documents.json`: the dataset header and our own coding of related primary texts, each cell with
 * this site's measure of its quotes from `wording` (`Dataset.wording.documents`).
 */
export function documentsExport(
  documents: readonly CodedDocument[],
  wording: readonly CellWording[],
  meta: DatasetMeta,
  report: Source,
): {
  dataset: ExportHeader;
  codedBy: string;
  documents: (Omit<CodedDocument, 'norms'> & { norms: ExportedCell[] })[];
} {
  return {
    dataset: exportHeader(meta, report),
    codedBy: EDITORS_CODING_NOTE,
    documents: documents.map(({ norms, ...rest }) => ({
      ...rest,
      norms: norms.map(exportCell({ record: rest.id, cells: wording })),
    })),
  };
}

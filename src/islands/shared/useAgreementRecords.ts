import { useEffect, useState } from 'react';
import type { Agreement } from '../../schemas/agreement';
import { importAgreement, type ExportedAgreement } from '../../lib/exports';
import { withBase } from '../../lib/base';

let records: Promise<Map<string, Agreement>> | null = null;

/**
 * The published records (`/data/agreements.json`), fetched once, the first time evidence is shown,
 * and turned back into the records' own shape, so islands handle the same `Agreement` as pages.
 */
function loadRecords(): Promise<Map<string, Agreement>> {
  records ??= fetch(withBase('/data/agreements.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`agreements.json: HTTP ${response.status}`);
      return response.json() as Promise<{ agreements: ExportedAgreement[] }>;
    })
    .then((data) => new Map(data.agreements.map((a) => [a.slug, importAgreement(a)])));
  records.catch(() => {
    records = null;
  });
  return records;
}

export type RecordsState =
  | { status: 'idle' | 'loading' | 'error'; records: null }
  | { status: 'ready'; records: Map<string, Agreement> };

/** The full records, loaded when `wanted` first becomes true. */
export function useAgreementRecords(wanted: boolean): RecordsState {
  const [state, setState] = useState<RecordsState>({ status: 'idle', records: null });
  useEffect(() => {
    if (!wanted || state.status === 'ready' || state.status === 'loading') return;
    setState({ status: 'loading', records: null });
    loadRecords().then(
      (loaded) => {
        setState({ status: 'ready', records: loaded });
      },
      () => {
        setState({ status: 'error', records: null });
      },
    );
  }, [wanted, state.status]);
  return state;
}

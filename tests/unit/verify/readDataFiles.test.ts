import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/lib/dataset/decodeUtf8';
import { readDataset, requireDataset } from '../../../src/lib/dataset/readDataset';
import { formatProblem } from '../../../src/lib/verify/problems';
import { dataFiles, writeDataFiles } from '../fixtures/dataFiles';

/** A temporary project whose `data/` holds the fixture, written file by file. */
let root: string;
const at = (path: string) => join(root, path);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cne-read-'));
  writeDataFiles(root);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function lines(dataDir = 'data'): string[] {
  return readDataset(root, dataDir).problems.map(formatProblem);
}

/** The start of a record, up to a byte in the middle of its fourth line. */
const ALPHA_START = 'order: 1\nnumeral: I\nreportPage: 2/50\ntitle: Alpha Acc';

describe('reading data/', () => {
  it('reads the fixture written to disk without problems', () => {
    expect(lines()).toEqual([]);
  });

  it('accepts a UTF-8 byte-order mark and drops it', () => {
    writeFileSync(at('data/dataset.yaml'), `\uFEFF${dataFiles().dataset?.text ?? ''}`);
    expect(lines()).toEqual([]);
  });

  it('names paths from the working directory when DATA_DIR is an absolute folder elsewhere', () => {
    rmSync(at('data/report-figures.yaml'));
    const work = at('work');
    mkdirSync(work);
    expect(readDataset(work, at('data')).problems.map(formatProblem)).toEqual([
      '../data/report-figures.yaml: (whole file): expected this file (every data set needs it), found no such file',
    ]);
  });

  const cases: { rule: string; change: () => void; line: string }[] = [
    {
      rule: 'a record saved as .yml',
      change: () => {
        renameSync(at('data/agreements/alpha.yaml'), at('data/agreements/alpha.yml'));
      },
      line: 'data/agreements/alpha.yml: (whole file): expected a file ending .yaml (this folder holds agreement records), found a file ending .yml, which is not read',
    },
    {
      rule: 'a folder named like a record',
      change: () => {
        mkdirSync(at('data/agreements/x.yaml'));
      },
      line: 'data/agreements/x.yaml: (whole file): expected a file ending .yaml (this folder holds agreement records), found a folder',
    },
    {
      rule: 'a stray file among the records',
      change: () => {
        writeFileSync(at('data/agreements/README'), 'notes');
      },
      line: 'data/agreements/README: (whole file): expected a file ending .yaml (this folder holds agreement records), found a file with no ending, which is not read',
    },
    {
      rule: 'a stray file among the source texts',
      change: () => {
        writeFileSync(at('data/sources/notes.md'), 'notes');
      },
      line: 'data/sources/notes.md: (whole file): expected a file ending .txt (this folder holds source texts), found a file ending .md, which is not read',
    },
    {
      rule: 'a file the reader does not know',
      change: () => {
        writeFileSync(at('data/paris-call.yaml'), 'order: 1\n');
      },
      line: 'data/paris-call.yaml: (whole file): expected only the files norms.yaml, sources.yaml, dataset.yaml, report-figures.yaml, published.yaml, g7-timeline.yaml and the folders agreements, documents, sources, found a file the reader does not know',
    },
    {
      rule: 'a missing required file',
      change: () => {
        rmSync(at('data/report-figures.yaml'));
      },
      line: 'data/report-figures.yaml: (whole file): expected this file (every data set needs it), found no such file',
    },
    {
      rule: 'a missing ledger of published slugs',
      change: () => {
        rmSync(at('data/published.yaml'));
      },
      line: 'data/published.yaml: (whole file): expected this file (every data set needs it), found no such file',
    },
    {
      rule: 'a folder where a file belongs',
      change: () => {
        rmSync(at('data/norms.yaml'));
        mkdirSync(at('data/norms.yaml'));
      },
      line: 'data/norms.yaml: (whole file): expected a file, found a folder',
    },
    {
      rule: 'a file where a folder belongs',
      change: () => {
        rmSync(at('data/documents'), { recursive: true });
        writeFileSync(at('data/documents'), '');
      },
      line: 'data/documents: (whole file): expected a folder of coded document records, found a file',
    },
    {
      rule: 'a missing folder',
      change: () => {
        rmSync(at('data/agreements'), { recursive: true });
      },
      line: 'data/agreements: (whole file): expected a folder of agreement records, found no such folder',
    },
    {
      rule: 'no data folder at all',
      change: () => {
        rmSync(at('data'), { recursive: true });
      },
      line: 'data: (whole file): expected the data folder, found no such folder',
    },
    {
      rule: 'a byte that is not UTF-8, with its line and offset',
      // 37 bytes in the first three lines, then "title: Alpha Acc" (16 bytes): the bad byte is at 53.
      change: () => {
        writeFileSync(
          at('data/agreements/alpha.yaml'),
          Buffer.concat([Buffer.from(ALPHA_START), Buffer.from([0xff]), Buffer.from('rd\n')]),
        );
      },
      line: 'data/agreements/alpha.yaml:4: (whole file): expected UTF-8 text, found the byte 0xff at byte offset 53, which is not UTF-8',
    },
    {
      rule: 'a source text in Latin-1',
      change: () => {
        writeFileSync(at('data/sources/report.txt'), Buffer.from('Caf\xe9', 'latin1'));
      },
      line: 'data/sources/report.txt:1: (whole file): expected UTF-8 text, found the byte 0xe9 at byte offset 3, which is not UTF-8',
    },
  ];

  it.each(cases)('reports $rule in one line', ({ change, line }) => {
    change();
    expect(lines()).toEqual([line]);
  });

  it('throws the same lines from requireDataset, without crashing on the way', () => {
    rmSync(at('data/report-figures.yaml'));
    expect(() => requireDataset(root, 'data')).toThrow(
      'data/report-figures.yaml: (whole file): expected this file (every data set needs it), found no such file',
    );
  });
});

describe('decodeUtf8', () => {
  it('finds the bad byte after a U+FFFD that the file really holds', () => {
    // "ok " (3 bytes), U+FFFD (3 bytes), a space, then 0xC3 without its continuation byte.
    const bytes = Buffer.concat([Buffer.from('ok \uFFFD '), Buffer.from([0xc3, 0x28])]);
    expect(decodeUtf8(bytes)).toEqual({ offset: 7, byte: 0xc3, line: 1 });
  });

  it('counts a byte-order mark in the offset but drops it from the text', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa'))).toEqual({ text: 'a' });
    expect(decodeUtf8(Buffer.concat([Buffer.from('\uFEFF\n'), Buffer.from([0x80])]))).toEqual({
      offset: 4,
      byte: 0x80,
      line: 2,
    });
  });
});

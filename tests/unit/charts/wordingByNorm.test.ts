import { describe, expect, it } from 'vitest';
import { chartFileSvg } from '../../../src/charts/chartFiles';
import { highlightSet } from '../../../src/charts/document';
import { chartEmbed } from '../../../src/charts/embedFrame';
import { WIDTHS } from '../../../src/charts/palette';
import {
  documentWordingChart,
  documentWordingData,
  wordingByNormChart,
  wordingByNormData,
} from '../../../src/charts/wordingByNorm';
import { FIXTURE } from '../fixtures/dataset';
import { WORDING_INPUT } from './wordingFixture';

// Expected values are read off the tables in wordingFixture.ts and fixtures/dataset.ts.
const built = wordingByNormChart.build(WORDING_INPUT);
const render = (width: number, highlight: Parameters<typeof highlightSet>[0] = []) =>
  built.render({ width, highlight: highlightSet(highlight), href: (p) => p }).body;
const abbreviations = {
  restates: 'R',
  'borrows-phrases': 'B',
  'own-words': 'O',
  'not-measured': '?',
  'not-reflected': '.',
} as const;

describe('the wording-by-norm chart', () => {
  it('reads each cell’s class from the dataset’s measure, and tells unmeasured cells apart', () => {
    expect(
      wordingByNormData(WORDING_INPUT).map((r) => [
        r.record,
        r.cells.map((c) => abbreviations[c.state]).join(''),
      ]),
    ).toEqual([
      ['g7-lucca', 'R....O.....'],
      ['paris-call', '....BO..O..'],
      ['manrs', '.....B..O..'],
      ['un-gge-2015', '.........R?'],
    ]);
  });

  it('says the main message with the numbers, and whose measure it is', () => {
    expect(built.summary).toBe(
      'Of 8 measured cells, 2 restate the GGE wording (all in G7 Lucca and UN GGE 2015), ' +
        '2 borrow phrases and 4 are in the agreements’ own words; ' +
        '1 reflected cell has no quote to measure. The measure is this site’s, not the report’s.',
    );
  });

  it('tables each cell as its class in words with its symbol, and the share when words are shared', () => {
    expect(built.table.columns).toEqual([
      'Agreement',
      ...Array.from({ length: 11 }, (_, i) => `Norm ${i + 1}`),
    ]);
    expect(built.table.rows.map((r) => r.cells.filter((c) => c !== 'Not reflected'))).toEqual([
      ['G7 Lucca', '● Restates, 90%', '○ Own words'],
      ['Paris Call', '◐ Borrows phrases, 40%', '○ Own words', '○ Own words'],
      ['MANRS', '◐ Borrows phrases, 25%', '○ Own words'],
      ['UN GGE 2015', '● Restates, 100%', 'Not measured (no quote)'],
    ]);
  });

  it('draws every class with its symbol as well as its colour, in the grid and the legend', () => {
    const body = render(WIDTHS.medium);
    const count = (pattern: string) => body.match(new RegExp(pattern, 'gu'))?.length ?? 0;
    // Grid cells plus one legend swatch each: the square in the class's colour and its symbol.
    expect(count('<rect class="wording-cell is-restates"[^>]*fill="#3d2c8d"')).toBe(3);
    expect(count('<circle class="wording-symbol-line is-restates"[^>]*fill="#ffffff"')).toBe(3);
    expect(count('<rect class="wording-cell is-borrows-phrases"[^>]*fill="#8272c9"')).toBe(3);
    expect(
      count(
        '<circle class="wording-symbol-line is-borrows-phrases"[^>]*fill="none"[^>]*/><path class="wording-symbol is-borrows-phrases"',
      ),
    ).toBe(3);
    expect(count('<rect class="wording-cell is-own-words"[^>]*fill="#e4e0f4"')).toBe(5);
    expect(count('<circle class="wording-symbol-line is-own-words"[^>]*fill="none"')).toBe(5);
    expect(
      count('<rect class="wording-cell is-not-measured"[^>]*/><line class="wording-dash"'),
    ).toBe(2);
    // Not reflected: an empty square, nothing drawn on it.
    expect(count('<rect class="wording-cell is-not-reflected"[^>]*/>(?!<circle|<line|<path)')).toBe(
      44 - 9 + 1,
    );
    // The legend gives each state's number of cells.
    expect(
      [...body.matchAll(/<g class="legend-entry">.*?<text [^>]*>([^<]*)<\/text>/gu)].map(
        (m) => m[1],
      ),
    ).toEqual([
      'Restates the GGE wording (2)',
      'Borrows GGE phrases (2)',
      'In its own words (4)',
      'Reflected, no quote to measure (1)',
      'Not reflected (35)',
    ]);
  });

  it('says in its title and source line that the measure is this site’s', () => {
    expect(wordingByNormChart.title).toMatch(/: this site’s measure$/u);
    const file = chartFileSvg(
      wordingByNormChart,
      { ...WORDING_INPUT, meta: FIXTURE.meta, report: FIXTURE.report },
      'https://example.org',
    );
    // The file's lines of text, joined where they wrap.
    const words = [...file.matchAll(/<text [^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]).join(' ');
    expect(words).toContain(
      'Measure: Cyber Norms Explorer (shared runs of words with the 2015 GGE text), from the quotes in the report; this site’s measure, not the report’s coding. Source: Lovelace',
    );
  });

  it('highlights an agreement’s row, and offers ?highlight= for agreements and norms', () => {
    const body = render(WIDTHS.wide, ['agreement:paris-call']);
    expect(body).toContain('<g class="mark is-highlighted" data-key="agreement:paris-call"');
    expect(body.match(/visibility="visible"/gu)).toHaveLength(2);
    const { highlights } = chartEmbed(
      wordingByNormChart,
      { ...WORDING_INPUT, meta: FIXTURE.meta, report: FIXTURE.report },
      'https://example.org/charts/wording-by-norm/',
    );
    expect(highlights['paris-call']?.keys).toEqual(['agreement:paris-call']);
    expect(highlights['6']?.keys).toEqual(['norm:6']);
  });

  it('keeps 11 columns of cells and the row labels within a 320 px phone', () => {
    const { body, width } = built.render({
      width: WIDTHS.narrow,
      highlight: highlightSet(),
      href: (p) => p,
    });
    const cells = [
      ...body.matchAll(/<rect class="wording-cell" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/gu),
    ];
    const right = Math.max(...cells.map((m) => Number(m[1]) + Number(m[2])));
    expect(right).toBeLessThanOrEqual(width);
    expect(Math.min(...cells.slice(5).map((m) => Number(m[2])))).toBeGreaterThanOrEqual(24);
  });
});

describe('the editors’ variant of the wording chart', () => {
  it('draws the coded documents’ rows from their own measure, labelled as the editors’ coding', () => {
    expect(
      documentWordingData(WORDING_INPUT).map((r) => [
        r.record,
        r.key,
        r.cells.map((c) => abbreviations[c.state]).join(''),
      ]),
    ).toEqual([['sco-code', undefined, '.....O...B.']]);
    const documents = documentWordingChart.build(WORDING_INPUT);
    expect(documents.summary).toBe(
      'Of 2 measured cells, 0 restate the GGE wording, 1 borrows phrases and 1 is in the documents’ own words; ' +
        '0 reflected cells have no quote to measure. ' +
        'The documents and their cells are our editors’ coding; the measure is this site’s.',
    );
    expect(documents.table.columns[0]).toBe('Document (our editors’ coding)');
    expect(documentWordingChart.measure?.line).toContain('the editors’ coding, not the report’s');
  });

  it('leaves the report’s chart as it is, with or without documents', () => {
    const { documents: _, ...withoutDocuments } = WORDING_INPUT;
    expect(wordingByNormChart.build(withoutDocuments).table).toEqual(built.table);
  });
});

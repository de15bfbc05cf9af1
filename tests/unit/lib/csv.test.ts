import { describe, expect, it } from 'vitest';
import {
  csvField,
  neutraliseFormula,
  parseCsv,
  parseCsvRecords,
  restoreFormula,
  toCsv,
} from '../../../src/lib/csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    [3, '3'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\r=1', '"\'\r=1"'],
    ["'=already quoted", "''=already quoted"],
    ["'tis plain", "'tis plain"],
    ['a = b', 'a = b'],
    ['2015-11-13', '2015-11-13'],
    [' =spaced', ' =spaced'],
  ])('writes the text %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    [-3, '-3'],
    [-0.5, '-0.5'],
    [12, '12'],
  ])('writes the number %j as it is: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["'=1", '=1'],
    ["''=1", "'=1"],
    ["'tis", "'tis"],
    ["'", "'"],
    ['plain', 'plain'],
  ])('reads the cell %j back as the text %j', (cell, text) => {
    expect(restoreFormula(cell)).toBe(text);
  });

  it('gives back the exact text of every neutralised cell', () => {
    for (const text of ['=1', "'=1", "''@x", "'", "'tis", '-', '+', '\t', 'x'])
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
  });
});

describe('toCsv', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields, the header has 2/);
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv wrote, including quotes, commas and line breaks', () => {
    const rows = [
      ['quote "inside"', 'comma, here', 'line\r\nbreak', ''],
      ['€ and ü', '  spaced  ', '""', 'last'],
    ];
    const text = toCsv(['w', 'x', 'y', 'z'], rows);
    expect(parseCsv(text)).toEqual([['w', 'x', 'y', 'z'], ...rows]);
  });

  it('accepts LF line ends and a missing final line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('fails on an unclosed quoted field', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/never closed/);
  });
});

describe('parseCsvRecords', () => {
  it('keys each row by the header', () => {
    expect(parseCsvRecords('id,name\r\n1,"A, B"\r\n')).toEqual([{ id: '1', name: 'A, B' }]);
  });

  it('names the row whose width is wrong', () => {
    expect(() => parseCsvRecords('a,b\n1,2\n3\n')).toThrow(/row 3 has 1 fields/);
  });
});

import { describe, expect, it } from 'vitest';
import { cellStyle, cellStyleClasses } from '../../../src/lib/matrixView/cellStyles';

describe('cellStyle', () => {
  it.each([
    ['a Yes', { label: 'yes', reflected: true }, 'yes'],
    ['no marker with evidence, counted', { label: 'unlabeled', reflected: true }, 'unlabeled'],
    ['no marker and no evidence', { label: 'unlabeled', reflected: false }, 'no-marker'],
    ['an N/A', { label: 'n/a', reflected: false }, 'no'],
  ] as const)('gives %s its own look', (_, cell, expected) => {
    expect(cellStyle(cell)).toBe(expected);
  });
});

describe('cellStyleClasses', () => {
  it.each([
    ['yes', 'cell-mark is-yes'],
    ['unlabeled', 'cell-mark is-unlabeled has-no-marker'],
    ['no-marker', 'cell-mark is-no has-no-marker'],
    ['no', 'cell-mark is-no'],
  ] as const)('draws %s with the classes of cells.css', (style, expected) => {
    expect(cellStyleClasses(style)).toBe(expected);
  });
});

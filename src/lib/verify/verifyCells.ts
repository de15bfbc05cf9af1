import type { NormCell } from '../../schemas/agreement';
import { NORM_IDS } from '../../schemas/values';
import { REFLECTION_RULE, countsAsReflected } from '../reflection';
import type { Problem } from './problems';
import { problemAt, type ParsedYaml } from './yamlFile';

/**
 * Checks the `norms` list of one agreement: exactly one entry per norm 1–11 in order, and each cell
 * consistent: `reflected` follows the counting rule, a reflected cell without evidence says why in a
 * note, an N/A cell has no evidence, every flag is explained, a label wording qualifies a printed label.
 */
export function verifyCells(parsed: ParsedYaml, cells: readonly NormCell[]): Problem[] {
  return [
    ...verifyCoverage(parsed, cells),
    ...cells.flatMap((cell, i) => verifyCell(parsed, cell, i)),
  ];
}

function verifyCoverage(parsed: ParsedYaml, cells: readonly NormCell[]): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<number, number>();
  cells.forEach((cell, i) => {
    const first = firstIndex.get(cell.norm);
    if (first !== undefined) {
      problems.push(
        problemAt(
          parsed,
          ['norms', i, 'norm'],
          'each norm once',
          `norm ${cell.norm} again (also at norms[${first}])`,
        ),
      );
    } else firstIndex.set(cell.norm, i);
  });
  // A norm entered twice usually stands where a missing one belongs: that is one mistake, one line.
  for (const id of problems.length === 0 ? NORM_IDS : []) {
    if (!firstIndex.has(id))
      problems.push(problemAt(parsed, ['norms'], `an entry for norm ${id}`, 'none'));
  }
  if (problems.length === 0 && cells.length !== NORM_IDS.length) {
    problems.push(
      problemAt(
        parsed,
        ['norms'],
        `${NORM_IDS.length} entries, one per norm`,
        `${cells.length} entries`,
      ),
    );
  }
  const order = cells.map((c) => c.norm);
  if (problems.length === 0 && order.some((id, i) => id !== NORM_IDS[i])) {
    problems.push(
      problemAt(parsed, ['norms'], 'entries in norm order 1–11', `the order ${order.join(', ')}`),
    );
  }
  return problems;
}

function verifyCell(parsed: ParsedYaml, cell: NormCell, i: number): Problem[] {
  const at = (field: string, expected: string, found: string): Problem =>
    problemAt(parsed, ['norms', i, field], expected, found);
  const problems: Problem[] = [];
  const rule = countsAsReflected(cell);
  if (cell.reflected !== rule) {
    problems.push(
      at(
        'reflected',
        `reflected: ${String(rule)} (${REFLECTION_RULE})`,
        `reflected: ${String(cell.reflected)} with label ${cell.label} and ${cell.evidence.length} evidence item(s)`,
      ),
    );
  }
  if (cell.reflected === rule && cell.reflected && cell.evidence.length === 0 && !cell.note) {
    problems.push(
      at('note', 'a note saying why a cell counted as reflected has no evidence', 'no note'),
    );
  }
  if (cell.label === 'n/a' && cell.evidence.length > 0) {
    problems.push(
      at(
        'evidence',
        'no evidence under a norm the report marks N/A',
        `${cell.evidence.length} item(s)`,
      ),
    );
  }
  if (cell.flags.length > 0 && cell.note === undefined) {
    problems.push(at('note', `a note explaining the flag(s) ${cell.flags.join(', ')}`, 'no note'));
  }
  if (cell.labelWording !== undefined && cell.label === 'unlabeled') {
    problems.push(
      at('labelWording', 'a label wording only where the report prints a label', 'label unlabeled'),
    );
  }
  return problems;
}

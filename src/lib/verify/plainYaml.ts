import { isAlias, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';

/** A node the data may not use, where it is and what it is. */
export interface RefusedNode {
  /** Offset of the node in the text, for its line. */
  offset: number;
  path: (string | number)[];
  expected: string;
  found: string;
}

/**
 * The YAML features the data never needs and the verifier refuses, found before the document is
 * turned into values: an explicit tag (`!!js/function`, `!foo`, `!!binary`, `!!timestamp`) would
 * silently become a string, a buffer or a date; an alias can expand a few lines into gigabytes (an
 * "alias bomb"); a key that is a list or mapping is stringified. One problem per kind and file: the
 * first occurrence, since one habit (say, anchors) usually repeats through a file.
 */
export function refusedNodes(doc: Document): RefusedNode[] {
  const found = new Map<string, RefusedNode>();
  const note = (kind: string, refused: RefusedNode) => {
    if (!found.has(kind)) found.set(kind, refused);
  };
  visit(doc, {
    Node(_key, node, ancestors) {
      const offset = node.range?.[0] ?? 0;
      const path = fieldPath(ancestors, node);
      if (isAlias(node) || node.anchor !== undefined) {
        note('alias', {
          offset,
          path,
          expected: 'no anchors or aliases (write each value out)',
          found: isAlias(node) ? `the alias *${node.source}` : `the anchor &${node.anchor ?? ''}`,
        });
      }
      if (node.tag !== undefined) {
        note('tag', {
          offset,
          path,
          expected: 'a plain value without a YAML tag',
          found: `the tag ${shortTag(node.tag)}`,
        });
      }
    },
    Pair(_key, pair, ancestors) {
      if (isScalar(pair.key) || isAlias(pair.key)) return;
      note('key', {
        offset: (pair.key as Node | null)?.range?.[0] ?? 0,
        path: fieldPath(ancestors, pair),
        expected: 'a key that is plain text',
        found: 'a key that is a list or mapping',
      });
    },
  });
  return [...found.values()];
}

/** The field path of the pair whose key starts at `offset` (where the parser reports a duplicate). */
export function keyPathAt(doc: Document, offset: number): (string | number)[] | undefined {
  let path: (string | number)[] | undefined;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if ((pair.key as Node | null)?.range?.[0] !== offset) return undefined;
      path = [...fieldPath(ancestors, pair), keyName(pair)];
      return visit.BREAK;
    },
  });
  return path;
}

/** `tag:yaml.org,2002:binary` → `!!binary`, as it was written. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/u, '!!');
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '?';
}

/** The path of `node` from the ancestors `visit` hands over: keys of pairs, indices in lists. */
function fieldPath(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((ancestor, i) => {
    const child = ancestors[i + 1] ?? node;
    if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child));
    else if (isPair(ancestor) && ancestor.value === child) path.push(keyName(ancestor));
  });
  return path;
}

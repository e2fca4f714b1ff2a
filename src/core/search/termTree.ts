// MiniSearch's term tree (a radix tree of nested Maps: each key an edge label, '' the value of the term
// that ends there) made in one pass from its terms in MiniSearch's own iteration order, the order the
// cached index keeps them in. Inserting the terms one by one walks and splits the tree per term: on a
// warm `de-study search` that was the largest single cost after Node's start. The tree made here is the
// one MiniSearch's iteration came from, Map orders included (MiniSearch iterates each node's keys last
// to first, so each node's keys are set in the reverse of the order they were met).

type Node = Map<string, unknown>;
const LEAF = '';

/**
 * The tree of `terms` (MiniSearch's iteration order: depth first) with `values[i]` at `terms[i]`;
 * yields every 1,000 nodes (the extension host's slices).
 */
export function* termTree(terms: string[], values: unknown[]): Generator<void, Node, void> {
  const root: Node = new Map();
  if (!terms.length) return root;
  // The work left, as parallel stacks: a node and the range of terms [lo, hi) under it, `depth` characters in.
  const nodes: Node[] = [root], los = [0], his = [terms.length], depths = [0];
  let made = 0;
  while (nodes.length) {
    const node = nodes.pop()!, lo = los.pop()!, hi = his.pop()!, depth = depths.pop()!;
    // The range from its end: each node's keys are set in the reverse of the order its terms are met.
    let j = hi;
    while (j > lo) {
      const last = terms[j - 1];
      if (last.length === depth) { node.set(LEAF, values[j - 1]); j--; continue; }
      // The run of terms that go on with the same character: one edge, as long as all of them agree.
      const c = last.charCodeAt(depth);
      let i = j - 1;
      let common = last.length;
      while (i > lo && terms[i - 1].length > depth && terms[i - 1].charCodeAt(depth) === c) {
        const t = terms[i - 1];
        let k = depth + 1;
        const end = Math.min(common, t.length);
        while (k < end && t.charCodeAt(k) === last.charCodeAt(k)) k++;
        common = k;
        i--;
      }
      const child: Node = new Map();
      node.set(last.slice(depth, common), child);
      nodes.push(child); los.push(i); his.push(j); depths.push(common);
      j = i;
    }
    if (++made % 1000 === 0) yield;
  }
  return root;
}

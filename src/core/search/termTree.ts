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
  const work: { node: Node; lo: number; hi: number; depth: number }[] = [{ node: root, lo: 0, hi: terms.length, depth: 0 }];
  let made = 0;
  while (work.length) {
    const { node, lo, hi, depth } = work.pop()!;
    const entries: [string, unknown][] = [];
    let i = lo;
    while (i < hi) {
      const first = terms[i];
      if (first.length === depth) { entries.push([LEAF, values[i]]); i++; continue; }
      // The run of terms that go on with the same character: one edge, as long as all of them agree.
      const c = first.charCodeAt(depth);
      let j = i + 1;
      let common = first.length;
      while (j < hi && terms[j].length > depth && terms[j].charCodeAt(depth) === c) {
        const t = terms[j];
        let k = depth + 1;
        const end = Math.min(common, t.length);
        while (k < end && t.charCodeAt(k) === first.charCodeAt(k)) k++;
        common = k;
        j++;
      }
      const child: Node = new Map();
      entries.push([first.slice(depth, common), child]);
      work.push({ node: child, lo: i, hi: j, depth: common });
      i = j;
    }
    for (let e = entries.length - 1; e >= 0; e--) node.set(entries[e][0], entries[e][1]);
    if (++made % 1000 === 0) yield;
  }
  return root;
}

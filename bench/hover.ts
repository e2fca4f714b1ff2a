// Hover: the matcher's hot path on a 10,000-line file against a naive provider given the same work: indexOf
// of every name and every identifier the matcher knows, with word boundaries and the same case rules. Both
// answers are checked alike against the whole-file scan at every position (the baseline knows no context,
// alias or file rules, so it is right less often; the count is shown beside its time).
import * as fs from 'fs';
import * as path from 'path';
import { Match, ServiceMatcher } from '../src/core/matcher';
import { rng } from '../src/core/quiz/random';
import { nowMs, Row, settle, timed } from './stats';

/** 10,000 lines made of the labelled mention files (prose, Python, TS, Go, Java, .NET, Rust, Terraform, YAML, JSON, SQL, shell). */
export function tenThousandLines(projectRoot: string): string[] {
  const dir = path.join(projectRoot, 'test', 'data', 'mentions');
  const source = fs.readdirSync(dir).filter((f) => f !== 'README.md').sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.replace(/\s*⟦expect:[^⟧]*⟧\s*$/, '')));
  const lines: string[] = [];
  while (lines.length < 10000) lines.push(...source);
  return lines.slice(0, 10000);
}

interface Needle { text: string; serviceId: string; fold: boolean; prefix: boolean }

/**
 * Everything the matcher knows, as plain strings: every name (as the notes write it; case-insensitive for
 * branded names, as the matcher compares them) and every identifier it claims (boto3 and SDK names,
 * CloudFormation types and prefixes, Terraform types and prefixes, IAM prefixes, principals, CLI commands,
 * CDK modules, URI schemes).
 */
function needles(matcher: ServiceMatcher): Needle[] {
  const t = matcher.toTables();
  const out: Needle[] = t.names.map((e) => ({ text: e.foldCase ? e.tokens.join(' ').toLowerCase() : e.tokens.join(' '), serviceId: e.serviceId, fold: e.foldCase, prefix: false }));
  const add = (text: string, ids: string[], prefix = false) => out.push({ text, serviceId: ids[0], fold: false, prefix });
  for (const [k, ids] of t.claims.boto3) { add(`"${k}"`, ids); add(`'${k}'`, ids); }
  for (const [k, ids] of t.claims.jsSdk) add(`@aws-sdk/client-${k}`, ids);
  for (const [k, ids] of t.claims.sdkClass) out.push({ text: `${k}client`, serviceId: ids[0], fold: true, prefix: false });
  for (const [k, ids] of t.claims.cfnTypes) out.push({ text: k, serviceId: ids[0], fold: true, prefix: false });
  for (const [k, ids] of t.claims.cfnPrefixes) out.push({ text: k, serviceId: ids[0], fold: true, prefix: true });
  for (const [k, ids] of t.claims.tfExact) add(k, ids);
  for (const [k, ids] of t.claims.tfPrefixes) add(k, ids, true);
  for (const [k, ids] of t.claims.iam) add(`${k}:`, ids, true);
  for (const [k, ids] of t.claims.principal) add(k, ids);
  for (const [k, ids] of t.claims.cli) add(`aws ${k} `, ids, true);
  for (const [k, ids] of t.claims.cdk) { add(k, ids, true); add(k.replace(/-/g, '_'), ids, true); }
  for (const [k, ids] of t.claims.uri) add(`${k}://`, ids, true);
  return out.sort((a, b) => b.text.length - a.text.length);
}

const isWord = (c: string | undefined) => !!c && /[A-Za-z0-9_]/.test(c);

/**
 * The naive hover, given the same work: indexOf of every name and identifier over the hovered line, with
 * word boundaries and the same case rules; the longest needle that covers the cursor wins.
 */
function baselineHover(list: Needle[], line: string, ch: number): string | undefined {
  let lower: string | undefined;
  for (const n of list) {
    const hay = n.fold ? (lower ??= line.toLowerCase()) : line;
    for (let at = hay.indexOf(n.text); at >= 0; at = hay.indexOf(n.text, at + 1)) {
      const end = at + n.text.length;
      if (isWord(line[at - 1]) || (!n.prefix && isWord(line[end]))) continue;
      if (ch >= at && ch < end) return n.serviceId;
    }
  }
  return undefined;
}

export function hoverBench(matcher: ServiceMatcher, lines: string[]): Row[] {
  const text = lines.join('\n');
  const file = matcher.fileContext(text);
  const truth = matcher.scanText(text);
  const byLine = new Map<number, Match[]>();
  for (const m of truth) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
  // Half the positions on real mentions, half anywhere: a hover bench that mostly times misses says little.
  const random = rng('hover-positions');
  const positions: [number, number][] = [];
  while (positions.length < 1000) {
    const m = truth[Math.floor(random() * truth.length)];
    positions.push([m.line, m.column + Math.floor(random() * (m.endColumn - m.column))]);
  }
  while (positions.length < 2000) {
    const l = Math.floor(random() * lines.length);
    if (lines[l].length) positions.push([l, Math.floor(random() * lines[l].length)]);
  }
  const expected = positions.map(([l, c]) => (byLine.get(l) ?? []).find((m) => c >= m.column && c < m.endColumn));
  const getLine = (n: number) => lines[n];
  const ourFn = (l: number, c: number) => matcher.matchAt(getLine, l, c, file);
  const list = needles(matcher);
  const baseFn = (l: number, c: number) => baselineHover(list, lines[l], c);
  // Both are checked alike: the service under each position against the whole-file scan's.
  const right = (fn: (l: number, c: number) => Match | string | undefined) => positions.filter(([l, c], i) => {
    const got = fn(l, c);
    return (typeof got === 'string' ? got : got?.serviceId) === expected[i]?.serviceId;
  }).length;
  const ourRight = right(ourFn);
  const baseRight = right(baseFn);
  // Per-call cost = a batch of 250 positions timed at once, divided by 250 (a timer around each ~1 µs call
  // would mostly measure the timer). 10 passes over the 8 batches after 5 warm-up passes; median and p95 of
  // the 80 batch means (small batches, so a preemption on a busy machine spoils one batch, not the median).
  const perCall = (fn: (l: number, c: number) => unknown) => {
    for (let w = 0; w < 5; w++) for (const [l, c] of positions) fn(l, c);
    settle();
    const out: number[] = [];
    for (let r = 0; r < 10; r++) {
      for (let b = 0; b < positions.length; b += 250) {
        const batch = positions.slice(b, b + 250);
        const t = nowMs();
        for (const [l, c] of batch) fn(l, c);
        out.push((nowMs() - t) / batch.length);
      }
    }
    return out;
  };
  const single = (fn: (l: number, c: number) => unknown) => {
    const out: number[] = [];
    for (const [l, c] of positions) { const t = nowMs(); fn(l, c); out.push(nowMs() - t); }
    return out;
  };
  const ours = perCall(ourFn);
  const base = perCall(baseFn);
  const g = `hover (10,000-line file, ${positions.length} cursor positions, ${positions.length / 2} of them on mentions)`;
  const o = timed(g, 'DE Study matcher: mean per hover call', ours, 'µs', `${ourRight}/${positions.length} answers right`);
  const b = timed(g, `baseline, indexOf of ${list.length} names and identifiers, word boundaries: mean per hover call`, base, 'µs', `${baseRight}/${positions.length} answers right`);
  const oSingle = timed(g, 'DE Study matcher: single calls (incl. ~1 µs timer)', single(ourFn), 'µs');
  const bSingle = timed(g, 'baseline: single calls (incl. ~1 µs timer)', single(baseFn), 'µs');
  const fullScan = timed(g, 'whole-file scan (AWS Services in This File)', (() => { const out: number[] = []; for (let i = 0; i < 5; i++) { const t = nowMs(); matcher.scanText(text); out.push(nowMs() - t); } return out; })(), 'ms');
  return [
    o, b, { group: g, name: 'speed-up (baseline / ours), mean per call (median of batch means)', unit: 'ratio', value: b.median! / o.median! },
    oSingle, bSingle, { group: g, name: 'speed-up (baseline / ours), median single call', unit: 'ratio', value: bSingle.median! / oSingle.median! },
    fullScan,
  ];
}

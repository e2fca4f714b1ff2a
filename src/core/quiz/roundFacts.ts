// One fact once per round. The bank keeps some facts in two forms: a comparison row's short drill ("Which
// Kinesis Data Streams throughput fix …? Enhanced fan-out") and a written scenario whose key names the same
// feature ("Register each application as an enhanced fan-out consumer …"), or one storage class from two notes.
// Each form is a fair question, but a round or a mock exam that asks both asks one fact twice (blind review r59:
// three such pairs in 150 questions). A round therefore takes, in its drawn order, the questions whose keys name
// nothing an earlier pick's key named (and that do not repeat an earlier pick's key among the same options), and
// fills up with the others only when the pool runs short.
import { stemWord } from './text';
import { Question } from './types';

/**
 * The stemmed words of a text, without punctuation but the hyphen: the form in which keys are compared, so that a
 * drill's plural label names the written key's singular ("Interface endpoints", "an interface VPC endpoint").
 */
const words = (t: string) => t.toLowerCase().replace(/[^a-z0-9 -]+/g, ' ').split(/\s+/).filter(Boolean).map(stemWord);

// A key of six words or fewer is a label. A service's name (Amazon …, AWS …) keys many facts, a number is a
// fact of its subject: neither says which fact a question asks, so neither is a label here.
const MAX_WORDS = 6;
const isLabel = (key: string) => key.split(/\s+/).length <= MAX_WORDS && !/^(?:Amazon|AWS)\b/.test(key) && !/^\d/.test(key);

const keysOf = (q: Question) => q.answers.map((a) => q.options[a] ?? '').filter(Boolean);

/**
 * The labels each question's keys name: a label key itself; for a longer key (a written answer), every label of
 * the pool that it holds as a phrase ("s3 express one zone" in "Copy the images to an S3 Express One Zone
 * directory bucket …"). A one-word label counts in a longer key only as written ("COPY", not the verb "copy").
 * The pool's labels are gathered at once; a question's are read when a round reaches it (a round reads a few
 * dozen questions of a bank of a thousand).
 */
export class KeyLabels {
  private readonly phrases = new Set<string>();
  private readonly oneWord = new Set<string>();
  private readonly named = new Map<Question, string[] | undefined>();

  constructor(pool: readonly Question[]) {
    for (const q of pool) {
      if (q.format === 'recall') continue;
      for (const k of keysOf(q)) {
        if (!isLabel(k)) continue;
        const w = words(k);
        if (w.length > 1) this.phrases.add(w.join(' '));
        else this.oneWord.add(k.replace(/[^A-Za-z0-9-]+/g, ''));
      }
    }
  }

  /** The labels the question's keys name, and its key among its options; undefined for a recall card. */
  get(q: Question): string[] | undefined {
    if (this.named.has(q)) return this.named.get(q);
    const v = q.format === 'recall' ? undefined : this.read(q);
    this.named.set(q, v);
    return v;
  }

  private read(q: Question): string[] {
    // The same key among the same options is one comparison asked again, whatever the key (r61: SageMaker Catalog
    // beside the Glue crawler, the Glue Data Catalog and Lake Formation, from a card and from a decision rule).
    const named = new Set<string>([`options: ${q.options.map((o) => o.toLowerCase()).sort().join(' | ')} key: ${keysOf(q).map((k) => k.toLowerCase()).sort().join(' | ')}`]);
    for (const k of keysOf(q)) {
      if (isLabel(k)) { named.add(words(k).join(' ')); continue; }
      // Every run of two to six words of the key, looked up: a few hundred lookups, not one scan per label. A run may
      // leave out one word after its first, as a written key puts a word inside the label (r63: "Interface
      // endpoints" and "Create an interface VPC endpoint for Amazon S3", one fact asked twice).
      const w = words(k);
      for (let i = 0; i < w.length; i++) {
        for (let n = 2; n <= MAX_WORDS && i + n <= w.length; n++) {
          const run = w.slice(i, i + n);
          this.lookUp(run.join(' '), named);
          for (let skip = 1; skip < n - 1; skip++) this.lookUp([...run.slice(0, skip), ...run.slice(skip + 1)].join(' '), named);
        }
      }
      for (const token of k.split(/[^A-Za-z0-9-]+/)) if (this.oneWord.has(token)) named.add(stemWord(token));
    }
    return [...named];
  }

  private lookUp(run: string, named: Set<string>): void {
    if (this.phrases.has(run)) named.add(run);
  }
}

export const keyLabels = (pool: readonly Question[]): KeyLabels => new KeyLabels(pool);

/** The picks of one round: what its keys named so far, so that the domains of an exam draw share it. */
export class RoundFacts {
  private readonly named = new Set<string>();

  constructor(private readonly labels: KeyLabels) {}

  /**
   * `count` questions of `ordered`, in its order, each naming in its keys no label an earlier pick of the round
   * named; the questions passed over fill up, in order, when too few remain.
   */
  take(ordered: readonly Question[], count: number): Question[] {
    const picked: Question[] = [];
    const passed: Question[] = [];
    for (const q of ordered) {
      if (picked.length >= count) break;
      const own = this.labels.get(q) ?? [];
      if (own.some((l) => this.named.has(l))) { passed.push(q); continue; }
      own.forEach((l) => this.named.add(l));
      picked.push(q);
    }
    return picked.length < count ? [...picked, ...passed.slice(0, count - picked.length)] : picked;
  }
}

/** A round of `count` from `ordered` (RoundFacts.take). */
export function spreadFacts(ordered: readonly Question[], count: number): Question[] {
  return new RoundFacts(keyLabels(ordered)).take(ordered, count);
}

// The code patterns' literal triggers (`AWS::`, `@aws-sdk/`, `.Cfn`, `client`, …), found in one pass over a text instead
// of one `includes` per pattern. A hover asks codeMatches about most identifiers, and some 90 separate searches of the
// same short text cost more than the few patterns they let through (docs/matcher.md, "Hover speed, third pass"). The
// pass reads each character once and compares only the literals that start with it and the character after it.

/** Which literals the last text scanned into it holds; valid until that text's next scan. */
export class LiteralHits {
  private stamps = new Float64Array(0);
  private scan = 0;

  /** Does the text hold the literal with this id (from `Literals.ids`)? */
  has(id: number): boolean {
    return this.stamps[id] === this.scan;
  }

  /** Does the text hold any of these literals? */
  any(ids: readonly number[]): boolean {
    for (const id of ids) if (this.stamps[id] === this.scan) return true;
    return false;
  }

  /** Starts a new text: every earlier mark is dropped at once (a new stamp, no clearing). */
  begin(size: number): Float64Array {
    if (this.stamps.length < size) this.stamps = new Float64Array(size);
    this.scan++;
    return this.stamps;
  }

  get stamp(): number {
    return this.scan;
  }
}

/** A set of literals (ASCII), each with an id, indexed by their first one or two characters. */
export class Literals {
  private readonly texts: string[] = [];
  /** Each literal's third character code (-1 for a shorter one): tested before the whole literal is compared. */
  private readonly third: number[] = [];
  private readonly idOf = new Map<string, number>();
  /** One-character literals by their character code. */
  private readonly single = new Int32Array(128).fill(-1);
  /** Longer literals by their first two character codes (c0 * 128 + c1). */
  private readonly byPair: (number[] | undefined)[] = new Array<number[] | undefined>(128 * 128).fill(undefined);
  /** The same pairs as a bit set (2 KB, where byPair's 16,384 slots are 128 KB): most pairs start no literal, and a hover
   * moving from line to line finds this in the processor's cache where it would not find byPair. */
  private readonly pairBits = new Uint32Array(128 * 128 / 32);

  /** Registers each literal (once, however many modules ask for it) and returns their ids by literal. */
  ids<const T extends readonly string[]>(literals: T): Readonly<Record<T[number], number>> {
    const out = {} as Record<T[number], number>;
    for (const lit of literals) out[lit as T[number]] = this.add(lit);
    return out;
  }

  /** Every literal registered, by id (for tests). */
  list(): readonly string[] {
    return this.texts;
  }

  private add(lit: string): number {
    const known = this.idOf.get(lit);
    if (known !== undefined) return known;
    if (!lit.length || [...lit].some((ch) => ch.charCodeAt(0) >= 128)) throw new Error(`not an ASCII literal: ${JSON.stringify(lit)}`);
    const id = this.texts.length;
    this.texts.push(lit);
    this.third.push(lit.length > 2 ? lit.charCodeAt(2) : -1);
    this.idOf.set(lit, id);
    if (lit.length === 1) this.single[lit.charCodeAt(0)] = id;
    else {
      const pair = lit.charCodeAt(0) * 128 + lit.charCodeAt(1);
      (this.byPair[pair] ??= []).push(id);
      this.pairBits[pair >> 5] |= 1 << (pair & 31);
    }
    return id;
  }

  /** Marks in `hits` every literal `text` holds; returns `hits`. */
  scan(text: string, hits: LiteralHits): LiteralHits {
    const stamps = hits.begin(this.texts.length);
    const stamp = hits.stamp;
    const { single, pairBits, byPair, third, texts } = this;
    const n = text.length;
    let c = n ? text.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 128;
      if (c < 128) {
        const one = single[c];
        if (one >= 0) stamps[one] = stamp;
        const pair = c * 128 + d;
        if (d < 128 && (pairBits[pair >> 5] & (1 << (pair & 31))) !== 0) {
          const e = i + 2 < n ? text.charCodeAt(i + 2) : -2;
          for (const id of byPair[pair]!) {
            const t = third[id];
            if (stamps[id] !== stamp && (t < 0 || (t === e && text.startsWith(texts[id], i)))) stamps[id] = stamp;
          }
        }
      }
      c = d;
    }
    return hits;
  }
}

/** The literals the code patterns (sdk.ts, infra.ts, definedNames.ts, definedRefs.ts) need in their scope, one table. */
export const CODE_LITERALS = new Literals();
/**
 * The literals they need in the whole line (the CLI patterns, `client(`, a package declaration), in a table of their own:
 * a hover's scope is the short run under its cursor, and its line is read only for these.
 */
export const LINE_LITERALS = new Literals();

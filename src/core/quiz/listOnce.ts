// One definition list, one question (users' notes; blind review r11): the five V's of data asked four
// times, each with the same four V's as options on adjacent lines, cue one another — the reader who has
// seen one knows the rest. A later question of the same list is dropped when its option set is one a
// question already kept from that list has; a longer list whose questions draw other option sets (four of
// six components) may still give more: before such a question is gated, its siblings are ordered so that the
// first three with its key make a set no kept question of the list has (`freshOrder`), where one is left.
import { Draft } from './draft';

export class ListOnce {
  private readonly kept = new Map<string, Set<string>[]>();

  /** True when a question of the draft's list with the same option set is kept. */
  repeats(d: Draft, options: string[]): boolean {
    if (!d.family || d.doc.source !== 'user') return false;
    const set = new Set(options.map((o) => o.toLowerCase()));
    const prior = this.kept.get(d.family) ?? [];
    return prior.some((p) => p.size === set.size && [...set].every((o) => p.has(o)));
  }

  /**
   * The draft's wrong options reordered so that its first three with the key are a set no kept question of its list
   * has (the first such three in the pool's order), or undefined when its first three are already new, or none is.
   */
  freshOrder(d: Draft): string[] | undefined {
    if (!d.family || d.doc.source !== 'user' || d.correct.length !== 1) return undefined;
    const prior = this.kept.get(d.family);
    if (!prior?.length) return undefined;
    const key = d.correct[0].toLowerCase();
    const taken = (three: string[]) => prior.some((p) => p.size === 4 && p.has(key) && three.every((o) => p.has(o.toLowerCase())));
    const pool = d.distractors;
    if (pool.length < 4 || !taken(pool.slice(0, 3))) return undefined;
    // The siblings nearest the front first: the pool's order is the builder's (a seeded shuffle).
    for (let a = 0; a < pool.length; a++) for (let b = a + 1; b < pool.length; b++) for (let c = b + 1; c < pool.length; c++) {
      const three = [pool[a], pool[b], pool[c]];
      if (!taken(three)) return [...three, ...pool.filter((x) => !three.includes(x))];
    }
    return undefined;
  }

  keep(d: Draft, options: string[]): void {
    if (!d.family || d.doc.source !== 'user') return;
    const prior = this.kept.get(d.family) ?? [];
    prior.push(new Set(options.map((o) => o.toLowerCase())));
    this.kept.set(d.family, prior);
  }
}

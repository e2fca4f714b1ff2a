// One definition list, one question (users' notes; blind review r11): the five V's of data asked four
// times, each with the same four V's as options on adjacent lines, cue one another — the reader who has
// seen one knows the rest. A later question of the same list is dropped when its options are mostly those
// of a question already kept from that list; a list whose items differ enough to give other option sets
// may still give a second one.
import { Draft } from './draft';

export class ListOnce {
  private readonly kept = new Map<string, Set<string>[]>();

  /** The list the draft was built from, when a question of that list with mostly the same options is kept. */
  repeats(d: Draft, options: string[]): boolean {
    if (!d.family || d.doc.source !== 'user') return false;
    const set = new Set(options.map((o) => o.toLowerCase()));
    const prior = this.kept.get(d.family) ?? [];
    return prior.some((p) => [...set].filter((o) => p.has(o)).length * 2 > Math.min(p.size, set.size));
  }

  keep(d: Draft, options: string[]): void {
    if (!d.family || d.doc.source !== 'user') return;
    const prior = this.kept.get(d.family) ?? [];
    prior.push(new Set(options.map((o) => o.toLowerCase())));
    this.kept.set(d.family, prior);
  }
}

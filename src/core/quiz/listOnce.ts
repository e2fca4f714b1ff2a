// One definition list, one question (users' notes; blind review r11): the five V's of data asked four
// times, each with the same four V's as options on adjacent lines, cue one another — the reader who has
// seen one knows the rest. A later question of the same list is dropped when its option set is one a
// question already kept from that list has; a longer list whose questions draw other option sets (four of
// six components) may still give more.
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

  keep(d: Draft, options: string[]): void {
    if (!d.family || d.doc.source !== 'user') return;
    const prior = this.kept.get(d.family) ?? [];
    prior.push(new Set(options.map((o) => o.toLowerCase())));
    this.kept.set(d.family, prior);
  }
}

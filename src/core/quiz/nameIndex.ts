// Which services a text may name, without testing every service of the catalog: the gate asks it of
// every cloze and number stem, and a scan of ~250 services per stem was a tenth of the bank build.
//
// A name matches only where a word starts (namesService: no letter or digit before it), so the text's
// run of letters and digits at that place is the name's first run ("amazon" of "Amazon S3"). Services
// are indexed by the first run of each name; a text's candidates are those of its runs. Only a
// candidate can name the service, and namesService still decides: the answer is the same as testing
// every service, in the same order.
import { serviceNames } from '../catalog';
import { Service } from '../model';
import { namesService } from './text';

const RUN = /[A-Za-z0-9]+/g;

export class ServiceNameIndex {
  /** First run of a name (lower case) → positions in `services` of the services with such a name. */
  private readonly byRun = new Map<string, number[]>();
  /** Services with a name that starts with no letter or digit: always candidates. */
  private readonly always: number[] = [];

  constructor(private readonly services: readonly Service[]) {
    services.forEach((s, i) => {
      const runs = new Set<string>();
      let odd = false;
      // The names namesService tests: every name, short, former and alias, and the ambiguous ones.
      for (const n of [...serviceNames(s), ...s.ambiguous]) {
        if (n.length < 2) continue;
        const m = /^[A-Za-z0-9]+/.exec(n);
        if (m) runs.add(m[0].toLowerCase()); else odd = true;
      }
      if (odd) this.always.push(i);
      for (const r of runs) {
        const list = this.byRun.get(r);
        if (list) list.push(i); else this.byRun.set(r, [i]);
      }
    });
  }

  /** The services (in the order given) that `text` names, as a filter of every service by namesService would give. */
  naming(text: string, accept: (s: Service) => boolean = () => true): Service[] {
    const hits = new Set<number>(this.always);
    for (const m of text.matchAll(RUN)) {
      const list = this.byRun.get(m[0].toLowerCase());
      if (list) for (const i of list) hits.add(i);
    }
    if (!hits.size) return [];
    return [...hits].sort((a, b) => a - b).map((i) => this.services[i]).filter((s) => accept(s) && namesService(text, s));
  }
}

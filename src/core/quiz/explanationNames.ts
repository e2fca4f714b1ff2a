// Blind review r25 (corpora Q41, bundled Q40): a generated question's options say a service's current name
// ("Amazon Data Firehose", "AWS Transform MGN") while its explanation, the note's own words, says the former one
// ("→ Kinesis Data Firehose.", "AWS Application Migration Service, because …"). A reader who does not know the
// rename sees the explanation argue for a service that is not offered. The explanation says the option's current
// name, formerly the old one, the first time, and the current name after that.
// The same review (bundled Q32): a scenario's answer argued against a service that is not among the options ("AWS
// DataSync moves the files but …" beside Direct Connect, PrivateLink, CloudFront and API Gateway). A sentence after the
// first that names services, none of them an option, the stem's or one of their family, argues about a question not
// asked: it is left out.
import { QuizContext } from './context';
import { escapeRe, withoutVendor } from './text';

/** The explanation with every former name of an option's service said by the option's current name. */
export function explanationNames(ctx: QuizContext, explanation: string, options: readonly string[]): string {
  if (!explanation || !ctx.mayNameFormer(explanation)) return explanation;
  let out = explanation;
  for (const option of options) {
    const s = ctx.byName.get(option);
    if (!s) continue;
    for (const former of [...s.formerNames].sort((a, b) => b.length - a.length)) {
      const core = withoutVendor(former);
      // A former name inside the current one ("Glue" in "AWS Glue Studio") is no rename to say.
      if (s.name.includes(core)) continue;
      const re = new RegExp(`(?<![A-Za-z0-9])(?:Amazon |AWS )?${escapeRe(core)}(?![A-Za-z0-9])(?!\\s*\\((?:now|formerly)\\b)`, 'g');
      // The note already says the rename ("… was formerly Amazon Kinesis Data Firehose"): nothing to add.
      if (new RegExp(`\\b(?:formerly|previously|renamed from|was)\\s+(?:Amazon |AWS )?${escapeRe(core)}\\b`).test(out)) continue;
      if (!re.test(out)) continue;
      let first = !out.includes(s.name);
      out = out.replace(re, () => {
        const said = first ? `${s.name} (formerly ${former})` : s.name;
        first = false;
        return said;
      });
      break;
    }
  }
  return out;
}

/** The explanation without the sentences after its first that argue only about services that are not options. */
export function explanationAboutOptions(ctx: QuizContext, explanation: string, options: readonly string[], stem: string): string {
  const sentences = explanation.split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (sentences.length < 2) return explanation;
  const shown = new Set(ctx.servicesIn(stem));
  for (const o of options) {
    const s = ctx.byName.get(o);
    if (s) shown.add(s.id);
  }
  const family = (id: string) => [...shown].some((o) => o === id || ctx.related(ctx.service(o)!, ctx.service(id)!) || ctx.related(ctx.service(id)!, ctx.service(o)!));
  const kept = sentences.filter((t, i) => {
    if (i === 0) return true;
    const named = ctx.servicesIn(t).filter((id) => !ctx.pseudo.has(id));
    return !named.length || named.some(family);
  });
  return kept.length === sentences.length ? explanation : kept.join(' ');
}

// Blind review r25 (corpora Q41, bundled Q40): a generated question's options say a service's current name
// ("Amazon Data Firehose", "AWS Transform MGN") while its explanation, the note's own words, says the former one
// ("→ Kinesis Data Firehose.", "AWS Application Migration Service, because …"). A reader who does not know the
// rename sees the explanation argue for a service that is not offered. The explanation says the option's current
// name, formerly the old one, the first time, and the current name after that.
import { QuizContext } from './context';
import { escapeRe } from './text';

/** The explanation with every former name of an option's service said by the option's current name. */
export function explanationNames(ctx: QuizContext, explanation: string, options: readonly string[]): string {
  if (!explanation || !ctx.mayNameFormer(explanation)) return explanation;
  let out = explanation;
  for (const option of options) {
    const s = ctx.byName.get(option);
    if (!s) continue;
    for (const former of [...s.formerNames].sort((a, b) => b.length - a.length)) {
      const core = former.replace(/^(?:Amazon|AWS) /, '');
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

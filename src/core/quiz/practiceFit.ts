// Practice questions a user wrote are imported as written (their key is never changed), but some are
// detectably unfit to ask: an "All of the above" option (AWS exams never use one), a key that relies on a
// feature AWS closed or retired (outdated.ts), a key a documented fact or a sum contradicts (practiceFacts.ts), another option that meets the same need (overlaps.ts), or a service name that does not exist ("Amazon DMS",
// "AWS SQS": the catalog's service carries the other prefix). Those are held back with a diagnostic naming
// file and line, shown by `de-study quiz --report` and in the DE Study log like other import problems.
import { QuizContext } from './context';
import { PracticeClaim } from './extract/practice';
import { leaksKey } from './keyLeak';
import { practiceGiveaway } from './practiceGiveaway';
import { outdatedContent } from './outdated';
import { sharedFit } from './overlaps';
import { contradictedFact, familyRenamed } from './practiceFacts';
import { currentNames } from './build/practice';
import { stripMd } from './text';

const ALL_OF_THE_ABOVE = /^(?:all|none|both|neither) of (?:the )?(?:above|options|these|them)\b|^all (?:the )?(?:above|options)\b/i;

/**
 * "Amazon DMS" → "AWS Database Migration Service": a name written with the prefix the service does not
 * carry. Only a prefix followed by exactly a catalog name, short name or alias is read, so prose such as
 * "AWS managed keys" is not.
 */
export function misnamedService(ctx: QuizContext, text: string): { written: string; official: string } | undefined {
  for (const m of text.matchAll(/\b(Amazon|AWS)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})/g)) {
    const words = m[2].split(/\s+/);
    // The longest run of capitalised words that is a catalog name decides (a name, not a word of one).
    for (let n = words.length; n >= 1; n--) {
      const rest = words.slice(0, n).join(' ');
      const id = ctx.exactService(rest);
      if (!id) continue;
      const s = ctx.service(id)!;
      const prefix = /^(Amazon|AWS)\s/.exec(s.name)?.[1];
      // A name the catalog itself spells with this prefix (a former name, an alias) is fine.
      const spelled = [s.name, s.shortName, ...s.aliases, ...s.formerNames].some((x) => x?.toLowerCase() === `${m[1]} ${rest}`.toLowerCase());
      if (prefix && prefix !== m[1] && !spelled) return { written: `${m[1]} ${rest}`, official: s.name };
      break;
    }
  }
  return undefined;
}

/** An option that is a name, not a sentence: capitalised words, joined by "and" or "&" at most. */
const isName = (option: string) => /^(?:[A-Z0-9][\w.-]*|\([^)]*\)|and|&|for|of)(?:\s+(?:[A-Z0-9][\w.-]*|\([^)]*\)|and|&|for|of))*$/.test(option.trim()) && option.trim().split(/\s+/).length <= 8;

/** Why a practice question the user wrote should not be asked, or undefined when it may be. */
export function unfitPractice(ctx: QuizContext, p: PracticeClaim): string | undefined {
  const options = p.options.map(stripMd);
  const all = options.find((o) => ALL_OF_THE_ABOVE.test(o.trim()));
  if (all) return `option "${all}" (AWS exams never offer "all/none of the above")`;
  const keys = p.answers.map((a) => options[a] ?? '');
  const stale = outdatedContent(stripMd(p.stem), keys, options);
  if (stale) return `its answer relies on outdated content: ${stale.reason} (${stale.source})`;
  // A documented fact or a sum the key contradicts (practiceFacts.ts): a wrong key is never asked.
  const fact = contradictedFact(stripMd(p.stem), options, p.answers);
  if (fact) return fact;
  // "Which Amazon Kinesis service …" whose key is now Amazon Data Firehose: the stem no longer fits the name.
  for (const k of keys) {
    const renamed = familyRenamed(stripMd(p.stem), k, currentNames(ctx, k));
    if (renamed) return renamed;
  }
  // Another option meets the same need as the key and the stem does not decide (overlaps.ts).
  if (keys.length === 1) {
    const rival = options.find((o, i) => !p.answers.includes(i) && sharedFit(stripMd(p.stem), keys[0], o));
    if (rival) return `option "${rival}" also fits what the question asks (nothing in it rules that option out)`;
  }
  // A key that is a name ("Change Data Capture (CDC)", "AWS Glue Crawlers and AWS Glue Data Catalog") whose
  // word the stem repeats and no other option has (blind review r5: "discover and catalog" → Data Catalog).
  if (keys.length === 1 && isName(keys[0])) {
    const word = leaksKey(stripMd(p.stem), keys[0], options.filter((o) => o !== keys[0]));
    if (word) return `the question gives its answer away: "${word}" is part of the answer's name and of no other option`;
  }
  // The form points at the key: the stem names it, "(Select TWO.)" mid-question, a key far longer (practiceGiveaway.ts).
  const giveaway = practiceGiveaway(p);
  if (giveaway) return giveaway;
  for (const text of [p.stem, ...options]) {
    const wrong = misnamedService(ctx, text);
    if (wrong) return `"${wrong.written}" is not a service name (the service is ${wrong.official})`;
  }
  return undefined;
}

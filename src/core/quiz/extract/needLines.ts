// Two ways a student ties a need to a service in prose, beyond the patterns of requirements.ts:
// "If you need dashboards over a year of sales, you can use Amazon Redshift with Amazon Redshift Spectrum. …" —
// the need before the comma, the service after "you can use" (a second name that only extends the first,
// a feature of it, is part of the same choice; two different services are not one answer); and
// "AWS Glue is ideal for catalog crawls. A benefit of catalog crawls is that new partitions appear unaided." —
// a need too thin to ask alone ("catalog crawls") made whole by the benefit the next sentence states.
import { CueClaim } from './claims';

const NAME = String.raw`((?:Amazon|AWS)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})`;
const IF_NEED = new RegExp(`^If (?:you|we) (?:need|want|require) ([^,]{8,120}), (?:you|we) (?:can|could|should) use ${NAME}(?:\\s+(?:and|or|with)\\s+${NAME})?\\s*[.;]`);
const GREAT = new RegExp(`^${NAME} is (?:great|ideal|built) for ([a-z][\\w -]{3,40})\\.\\s+An? (?:advantage|benefit) of (an? |the )?([a-z][\\w -]{3,40}?) is that ([^.;]{8,120})[.;]`);

/** A need and its service from one of the two idioms above, or undefined. */
export function needLine(text: string): Omit<CueClaim, 'line'> | undefined {
  const m = IF_NEED.exec(text);
  if (m) {
    const [, need, first, second] = m;
    // "Amazon Redshift and Amazon Redshift Spectrum" is Redshift; "Amazon S3 and Amazon EMR" is two answers.
    if (second && !second.startsWith(first)) return undefined;
    return { kind: 'cue', cue: `You need ${need}`, answer: first };
  }
  const g = GREAT.exec(text);
  // The advantage must be of the need itself ("catalog crawls" … "a catalog crawl"), not of something else named.
  if (g && g[4].toLowerCase().replace(/s$/, '') === g[2].toLowerCase().replace(/s$/, '')) {
    // Said as a need, as the "If you need" idiom is: a bare "Data lakes, where …" read as a note's list item quoted
    // as a requirement (blind review r30); in the advantage's own number ("a data lake") and with the advantage said
    // as part of it: "You need data lakes, where you do not need a predefined schema" read as garbled (r52).
    const need = `${g[3] && g[3] !== 'the ' ? g[3] : ''}${g[4]}`;
    return { kind: 'cue', cue: `You need ${need} ${asPartOfNeed(g[5])}`, answer: g[1] };
  }
  return undefined;
}

/** "you do not need a predefined schema" → "without a predefined schema"; "you can …" → "where you can …". */
function asPartOfNeed(benefit: string): string {
  const b = benefit.trim();
  const without = /^you (?:do not|don't|never) (?:need|have) to (.+)$/i.exec(b) ?? /^you (?:do not|don't|never) need (.+)$/i.exec(b);
  if (without) return `${/have to|need to/i.test(b) ? 'without having to ' : 'without '}${without[1]}`;
  return /^you\b/i.test(b) ? `where ${b}` : `whose advantage is that ${b}`;
}

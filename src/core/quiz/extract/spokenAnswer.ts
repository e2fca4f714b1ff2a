// Answers written as a lesson is spoken (an interview-style transcript): the answer opens with talk that is
// not the answer ("Well, let's step back to fundamentals.", "Great question.", "I always recommend …"), or the
// question is asked twice, the second time as a follow-up that says what is wanted ("What if you need X? What
// AWS service would you use? Y …"). A recall card shows the answer as the back of the card, so the talk is
// left out and the sentence that answers kept; when nothing but talk is left, the passage reader takes the
// next block as the answer (passages.ts).

// A whole opening sentence that only steers the talk.
const STEERING = /^(?:(?:well|okay|ok|so|alright|now),?\s+)?(?:let(?:'|’)?s (?:(?:take a )?step back|go back|get back|think about (?:it|this)|see)\b[^.!?]*|(?:that(?:'|’)?s an? )?(?:great|good|fair) question)[.!]\s*/i;
// Opening words that are only talk ("Well, …", "Okay, so …").
const OPENER = /^(?:(?:well|okay|ok|alright|so|now),\s*)+/i;
// "I always recommend designing …" → "Designing …"; "I would suggest that you use …" → "Use …".
const RECOMMEND = /^I (?:would |always |usually |often |strongly )*(?:recommend|suggest|advise)(?:s)?\s+(?:that\s+)?(?:you\s+)?(?=\w)/i;

// "You have to know the COPY command reads …" → "The COPY command reads …".
const MUST_KNOW = /^You (?:have to|need to|must|should) (?:know|understand|remember) (?:that )?(?=\w)/i;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The answer without the talk it opens with (possibly empty: the answer is in the next block). */
export function withoutTalk(answer: string): string {
  let out = answer.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(STEERING, '').replace(OPENER, '');
    if (next === out) break;
    out = next.trim();
  }
  out = out.replace(RECOMMEND, '').replace(MUST_KNOW, '');
  return out === answer.trim() ? out : capital(out);
}

// The follow-up that says what the first question wants: "What AWS service would you use?".
const FOLLOW_UP = /^((?:What|Which) (?:AWS |Amazon )?(?:services?|tools?|options?|solutions?) (?:would|could|should|can|do|might) you (?:use|choose|pick|recommend))\?\s*/;

/**
 * A question asked twice: "What if you need X?" followed by "What AWS service would you use?" is one question,
 * "What AWS service would you use if you need X?", answered by what follows. Else undefined.
 */
export function joinFollowUp(question: string, rest: string): { question: string; rest: string } | undefined {
  const f = FOLLOW_UP.exec(rest);
  if (!f) return undefined;
  const what = /^What if (.+)\?$/.exec(question.trim());
  const asked = what ? `${f[1]} if ${what[1]}?` : question;
  return { question: asked, rest: rest.slice(f[0].length).trim() };
}

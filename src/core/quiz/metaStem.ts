// A stem about exam questions themselves, not a scenario: a note's "Exam traps" line on how questions are worded
// ("Which service does a question mean when it describes shards …?") asked as if it were a need (blind review r20).
// The reader is asked to decode the exam, and the wording that decides ("shards") is all the stem holds, so other
// services that fit the rest (MSK for several consumers) go unexcluded. No faithful rewording holds for the class
// (what "a question describes" is a list of keywords, not a requirement), so the gate drops it (`meta-stem`).

// "a question", "an exam question", "the question(s)", "exam questions", "the exam" as the subject of a verb of
// wording or meaning; "Which solution answers these questions?" (a business question) is no such subject.
const ABOUT_QUESTIONS = /\b(?:(?:a|an|the|this|that|such a|older|newer) (?:exam |older |newer )?questions?|exam questions?|the exam(?: guide)?)\s+(?:(?:does|do|usually|often|typically|really)\s+)?(?:means?|describes?|asks?|says?|mentions?|expects?|wants?|words?|phrases?|calls?|refers?|points?|hints?|uses?)\b/i;
const DOES_IT_MEAN = /\bdoes (?:a|an|the|this) (?:exam )?questions? (?:mean|describe|ask|want|expect|refer)\b/i;

/** The part of a stem that is about exam questions, not about a data team's need, if any. */
export function aboutExamQuestions(stem: string): string | undefined {
  return (DOES_IT_MEAN.exec(stem) ?? ABOUT_QUESTIONS.exec(stem))?.[0];
}

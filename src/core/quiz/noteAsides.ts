// Note wording a user's quoted cue keeps (blind review r10): an exclamation mark ("… per invocation!") and,
// in a cloze, a parenthetical gloss that is not the blank's own clause ("(near real-time micro-batching)").
// An exam stem states; it does not exclaim, and a wordy gloss beside the blank only adds words to read. A gloss
// that holds the blank is the question, and one with a figure is a fact the other rules check (a key restated
// in another unit, an outdated limit such as Firehose's "60s - 900s"): both stay.

const BLANK = /_{3,}/;

/** The quoted cue of a user's stem without exclamation marks and, in a cloze, without asides around the blank. */
export function withoutNoteAsides(stem: string): string {
  // A cloze before it is worded: "Fill in the blank: <the note's sentence>" (presentCloze quotes it later).
  const cloze = /^(Fill in the blank(?: \([^)]*\))?: )(.*)$/s.exec(stem);
  if (cloze && !/“/.test(cloze[2])) return cloze[1] + plain(cloze[2]);
  return stem.replace(/“([^”]*)”/g, (_all, cue: string) => `“${plain(cue)}”`);
}

function plain(cue: string): string {
  let text = cue.replace(/!+/g, '.').replace(/\.{2,}/g, '.');
  if (BLANK.test(text)) text = text.replace(/\s*\(([^()]*)\)/g, (aside: string, inner: string) => (BLANK.test(inner) || /\d/.test(inner) ? aside : ''));
  return text.replace(/\s+([,.;:])/g, '$1').trim();
}

// A heading's words inside a user's quoted cue (blind review r17, users' notes: "Which AWS AI service is described
// here: 'Serverless access to Leading Foundation Models (Generative AI)'?"): a run of three or more capitalised
// words in mid-sentence that names no service is a heading or slide title pasted into a sentence, not a need an
// exam would print. titleFragment (stemChecks.ts) catches a cue that is all title case; this catches the run.
const TITLE_WORD = /^[A-Z][a-z]+$/;

/** The title-case run of a quoted cue that names no service, if any. */
export function titleCaseRun(stem: string, namesService: (text: string) => boolean): string | undefined {
  const cue = /[“"]([^”"]+)[”"]/.exec(stem)?.[1];
  if (!cue) return undefined;
  // A parenthesis is an aside, often an acronym spelled out ("RPUs (Redshift Processing Units)"): left out, and
  // the words either side of it are two phrases.
  const words = cue.replace(/\([^)]*\)/g, ' ( ').split(/\s+/).map((w) => w.replace(/^[“"']+|[”"',.;:!?]+$/g, ''));
  let run: string[] = [];
  const found = (): string | undefined => (run.length >= 3 && !namesService(run.join(' ')) ? run.join(' ') : undefined);
  // The cue's first word is capitalised as any sentence's is: a run starts after it.
  for (let i = 1; i < words.length; i++) {
    if (TITLE_WORD.test(words[i])) { run.push(words[i]); continue; }
    const hit = found();
    if (hit) return hit;
    run = [];
  }
  return found();
}

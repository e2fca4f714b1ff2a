// How a table-row question reads to the student. Builders, the gate and the duplicate checks work on the
// builders' frames ("Which X fits best when the scenario mentions “cue”?"), and the question id stays that of
// the frame, so recorded progress is kept; the stem shown reads as an exam stem. Blind review r9 found "when
// the scenario mentions" with no scenario, "One mentions …" for a workload, and a note's "you want …" quoted
// as a requirement. Bundled notes only: users' stems are left to their own rules.

const SINGLE = /^Which ([\w\s/()&.-]+?) fits best when the scenario mentions “([^”]+)”\?$/;
const PAIR = /^A team has two separate workloads\. One mentions “([^”]+)”; the other mentions “([^”]+)”\. Which TWO (.+?) should the team choose\? \(Select TWO\.\)$/;

/** A note's "you want X" or "you need X" quoted as a requirement, said of the team. */
const teamVoice = (cue: string) => cue.replace(/^you (want|need)s? /i, (_, v: string) => `the team ${v.toLowerCase()}s `);

/** The stem of a bundled choice question as the student reads it. */
export function presentChoice(stem: string): string {
  const single = SINGLE.exec(stem);
  if (single) return `A data team has this requirement: “${teamVoice(single[2])}”. Which ${single[1]} meets it best?`;
  const pair = PAIR.exec(stem);
  if (pair) return `A team runs two separate workloads. The first must meet this requirement: “${teamVoice(pair[1])}”; the second must meet this one: “${teamVoice(pair[2])}”. Which TWO ${pair[3]} should the team choose, one for each workload? (Select TWO.)`;
  return stem.replace(/“(you (?:want|need)s? [^”]*)”/i, (_, cue: string) => `“${teamVoice(cue)}”`);
}

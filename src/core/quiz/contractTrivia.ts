// Numbers no design decision on the exam depends on (blind reviews r11 and r14): a service's SLA percentage (a
// contract term: "What is the availability SLA of Route 53?") and a port ("the default MSK port for IAM clients",
// failed as trivia even beside the other real ports). Bundled notes only: users' notes keep their own port rule
// (numberTrivia.ts: a port only beside three other ports of its note). A blank after "about" or "roughly" asks an
// approximate figure ("delivers log files within about ___"): a wrong option a minute away is as true as the key.

const SLA = /\bSLA\b|\bservice level agreement\b/i;
const PORT = /\bports?\b/i;
const APPROXIMATE = /\b(?:about|around|roughly|approximately|nearly|some)\s+_{3,}/i;

/** Why a bundled number question asks a contract or plumbing figure, else undefined. */
export function contractTrivia(stem: string): string | undefined {
  if (SLA.test(stem)) return `an SLA figure: ${stem}`;
  if (PORT.test(stem)) return `a port number: ${stem}`;
  if (APPROXIMATE.test(stem)) return `an approximate figure: ${stem}`;
  return undefined;
}

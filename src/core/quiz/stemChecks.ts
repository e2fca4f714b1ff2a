// Stem checks added after blind review r4 of users' notes: an abbreviation of the key spelled out in the
// stem (or built on the key's words), a need so broad that most data services meet it, and a quoted
// title-case heading of the notes that names no service; after r7, a quoted fallback ("when unsure") that
// states no requirement. The gate (gate.ts) calls them.
import { QuizContext } from './context';

/** Words of a text, hyphenated ones split ("Server-Side" → Server, Side). */
const wordRun = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);

/** `words` (a run of the stem) spell `acronym` by their initials, one word (a "Layer") skipped at most. */
function spells(acronym: string, words: string[]): boolean {
  const a = acronym.toLowerCase();
  for (let start = 0; start < words.length; start++) {
    if (words[start][0].toLowerCase() !== a[0]) continue;
    let i = 0, skipped = 0;
    for (let j = start; j < words.length && i < a.length; j++) {
      if (words[j][0].toLowerCase() === a[i]) i++;
      else if (++skipped > 1) break;
    }
    if (i === a.length) return true;
  }
  return false;
}

/**
 * An abbreviation of the key spelled out in the stem ("Dual-Layer Server-Side Encryption" → DSSE-KMS), or
 * an abbreviation in the stem built on the key's words ("DQDL", the Data Quality Definition Language, →
 * AWS Glue Data Quality). Only when no distractor has the same abbreviation or words.
 */
export function acronymLeak(stem: string, key: string, distractors: string[]): string | undefined {
  const stemWords = wordRun(stem).filter((w) => /^[A-Z]/.test(w));
  for (const token of key.match(/\b[A-Z]{3,6}\b/g) ?? []) {
    if (distractors.some((d) => new RegExp(`\\b${token}\\b`).test(d))) continue;
    if (token.length >= 4 && spells(token, stemWords)) return token;
  }
  const keyWords = wordRun(key.replace(/^(?:amazon|aws)\s+/i, '')).filter((w) => /^[A-Z][a-z]/.test(w));
  for (const token of stem.match(/\b[A-Z]{4,8}\b/g) ?? []) {
    for (let i = 0; i + 1 < keyWords.length; i++) {
      const pre = keyWords.slice(i, i + 2).map((w) => w[0]).join('');
      const shared = distractors.some((d) => wordRun(d).some((w, k, all) => all[k + 1] && `${w[0]}${all[k + 1][0]}` === pre));
      if (token.startsWith(pre) && !shared) return token;
    }
  }
  return undefined;
}

// Needs too broad to single out one service (r4: "used for large volumes of data", "variable traffic",
// "stateless data transactions"): most data services meet them. A stem whose need is only these is vague.
const VAGUE_NEED = /\b(?:large|huge|big|massive|high) (?:volumes?|amounts?|quantities) of data(?: ingestion)?\b|\bbig data\b|\bvariable traffic\b|\bstateless(?: data)?(?: transactions?)?\b|\bany (?:type|kind) of data\b/gi;
const STEM_FRAME = /\b(?:which|what|two|three|aws|amazon|services?|storage|tools?|options?|are|is|can|could|you|your|use|used|for|to|and|or|of|the|a|an|handle|handles|support|supports|best|fits?|this|use case|requirement|select|\(select two\.?\))\b/gi;

/** The stem asks only for a need most data services meet. */
export function vagueNeed(stem: string): boolean {
  if (!new RegExp(VAGUE_NEED.source, 'i').test(stem)) return false;
  const rest = stem.replace(/[“”"]/g, ' ').replace(VAGUE_NEED, ' ').replace(STEM_FRAME, ' ').replace(/[^A-Za-z0-9]+/g, ' ').trim();
  return rest.split(/\s+/).filter((w) => w.length > 2).length <= 1;
}

/**
 * A quoted need that is a title-case heading of the notes with no service named ("User-Based Access
 * Control in Dashboards"): an exam never prints one, and it does not say whose dashboards.
 */
export function titleFragment(ctx: QuizContext, stem: string): boolean {
  const cue = /[“"]([^”"]+)[”"]/.exec(stem)?.[1];
  if (!cue) return false;
  const words = cue.split(/[\s/]+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(?:a|an|the|of|in|on|for|to|and|or|with|via|by|at|from|vs)$/i.test(w));
  if (words.length < 3) return false;
  const capital = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capital === words.length && !ctx.servicesIn(cue).length;
}


// A table cell that says to pick a row when nothing else decides ("Default mode when unsure", "Fallback when in
// doubt") states no requirement: the question would ask for a default in an informal phrasing (blind review r7).
// A cell that names a default ("Default codec for Parquet in Glue / Spark / Athena") asks for a setting whose
// value differs by engine and version, not for a use (r7: Athena's Parquet default is not Spark's).
const FALLBACK = /\b(?:when|if) (?:you are |you're )?(?:unsure|in doubt|not sure|undecided)\b|\b(?:catch-all|fallback)\b|^default\b/i;

/** The quoted need is a fallback ("when unsure"), not a requirement. */
export function fallbackNeed(stem: string): boolean {
  const cue = /[“"]([^”"]+)[”"]/.exec(stem)?.[1];
  return !!cue && FALLBACK.test(cue);
}

// Products outside the exam a student's notes list beside its services (blind review r7: Amazon Q Business, an
// assistant for business users, among "High-Level AI services"): never a key or an option.
const OFF_EXAM = /\b(?:Amazon )?Q (?:Business|Apps)\b/;

/** The off-exam product a question asks about or offers, if any. */
export function offExamProduct(texts: string[]): string | undefined {
  for (const t of texts) { const m = OFF_EXAM.exec(t); if (m) return m[0]; }
  return undefined;
}

// A stem that paraphrases the one word of the key's name that sets it apart from its siblings: "archive data
// requiring immediate retrieval" beside S3 Glacier Instant Retrieval and Flexible Retrieval (blind review r19,
// users' notes) names the key as surely as "instant" would. Only synonyms a reviewer has failed are listed.
import { hasWord } from './text';

const SYNONYMS: [key: RegExp, stemWords: string[]][] = [
  [/\binstant\b/i, ['immediate', 'immediately']],
];

/** The stem's word that paraphrases a word of the key no distractor has, if any. */
export function synonymLeak(stem: string, key: string, distractors: readonly string[]): string | undefined {
  for (const [word, synonyms] of SYNONYMS) {
    if (!word.test(key) || distractors.some((d) => word.test(d))) continue;
    const hit = synonyms.find((s) => hasWord(stem, s));
    if (hit) return hit;
  }
  return undefined;
}

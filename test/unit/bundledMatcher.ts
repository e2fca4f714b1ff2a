// The bundled notes' knowledge base, built once for the test files that only read it (each of
// them used to build its own), and the two views of a scan those files compare.
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { NOTES_DIR } from './paths';

let shared: KnowledgeBase | undefined;

/** Read-only: tests that change a knowledge base build their own. */
export function bundledKb(): KnowledgeBase {
  shared ??= buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  return shared;
}

/** Each mention of the text as [its text, its service id]. */
export const found = (text: string): string[][] => bundledKb().matcher.scanText(text).map((m) => [m.text, m.serviceId]);

/** The service ids of the text's mentions, in order. */
export const ids = (text: string): string[] => found(text).map((m) => m[1]);

/** The mentions on one line (0-based) of the text, as `span id`. */
export const onLine = (text: string, n: number): string[] => bundledKb().matcher.scanText(text).filter((m) => m.line === n).map((m) => `${m.text} ${m.serviceId}`);

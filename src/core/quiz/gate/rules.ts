// The gate's named reasons and result types, shared by its checks (gate.ts runs them in order).
import { Question } from '../types';

export const GATE_RULES = [
  'short-stem', 'answers', 'leak', 'leak-word', 'few-distractors', 'same-kind', 'ambiguous', 'number-unit',
  'key-in-other-unit', 'trivia', 'residue', 'no-subject', 'subject-mismatch', 'fragment', 'weak-form', 'grammar', 'plural-single', 'retired', 'duplicate',
  'no-answer-text', 'outdated', 'off-topic', 'not-a-service', 'vague', 'misdefined', 'same-claim', 'same-fact',
  'card-front', 'mirror', 'imprecise-key', 'stem-number',
  'derived-number', 'odd-form', 'meta-stem', 'thin-family',
  // A user's recall cards (gate/recall.ts).
  'recall-context', 'recall-admin', 'recall-talk', 'recall-unanswered', 'recall-fragment', 'recall-partial', 'recall-restates', 'recall-misnamed',
  // … and the rules blind review r37 found (gate/recallScope.ts).
  'recall-scope', 'recall-open',
  // … and a card whose back contradicts a checked fact (practiceFacts.ts, blind review r57).
  'recall-fact',
] as const;
export type GateRule = typeof GATE_RULES[number];

export interface Rejection { rejected: GateRule; detail: string }
/** A kept question; a choice question also gives its stem as the gate read it (rankBalance.ts presents it again). */
export type GateResult = { question: Question; stem?: string } | Rejection;

export interface GateOptions {
  /** Stems already in the bank, normalised: the same fact from two files is one question. */
  seen: Map<string, string>;
}

export const reject = (rule: GateRule, detail: string): Rejection => ({ rejected: rule, detail });

/** Markdown, LaTeX, wiki-link or cross-reference residue that an exam never prints (stems and options alike). */
export const RESIDUE = /\bsee (?:the )?[\w\s-]{0,40}(?:comparison|note|section|table)\b|\bDEA v1\.\d|\$\$|\\[a-zA-Z]{2,}|\[![A-Za-z]+\]|\\\(|\\\[|\\frac|\\text|\*\*|(?<!_)__(?!_)|`|\[\[|\]\]|<\/?[a-z][^>]*>|!\[|\]\(|(?:^|\s)\|(?:\s|$)|&nbsp;|\{\{c\d+::/i;

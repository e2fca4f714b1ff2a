// A comparison row's "Why not the others" cell argues against the rows it names, and a question shows only some
// of them (blind review r43, issue 9: "Why not the others: forwarding log events moves text …" under options that
// offered no subscription filter). The builder carries the cell's ';'-separated parts with the rows each one names
// (whyNotNotes in build/choose.ts); the gate, once it knows the options, keeps the parts about a shown row and
// those that name no row (said of the others as a class), and says no "Why not the others" when none is left.
import { sentence } from './text';

/** One ';'-separated part of a "Why not the others" cell and the labels of the rows it names (none: general). */
export interface WhyNotPart {
  text: string;
  rows: readonly string[];
}

export interface WhyNot {
  parts: readonly WhyNotPart[];
  /** Option text → the row label it stands for, where the options are not the row labels (a row's cues). */
  rowOf?: ReadonlyMap<string, string>;
  /** Row labels the stem itself names ("… rather than Oak rack or Cold room?"): their parts are about the question too. */
  named?: readonly string[];
}

function said(parts: readonly WhyNotPart[]): string {
  return parts.length ? ` Why not the others: ${sentence(parts.map((p) => p.text).join('; '))}` : '';
}

/** The " Why not the others: …" sentence for a question offering `options`: only the parts about what it shows. */
export function whyNotAbout(w: WhyNot | undefined, options: readonly string[]): string {
  if (!w) return '';
  const shown = new Set(w.named ?? []);
  for (const o of options) shown.add(w.rowOf?.get(o) ?? o);
  return said(w.parts.filter((p) => !p.rows.length || p.rows.some((r) => shown.has(r))));
}

/** The whole cell, for a form that shows no options (a card asked in a dropped choice question's place). */
export function wholeWhyNot(w: WhyNot | undefined): string {
  return w ? said(w.parts) : '';
}

// A scenario bullet whose choice sits on the arrow line nested under it, the way exam-tip matrices are
// written in users' notes:
//   * **Scenario**: Need … (the requirement)
//     * ➔ **Choose X**.
// The need is the parent's text after its label, the choice the child's after the arrow and the choice
// verb. A combination ("A + B + C", "A / B", "A and B") is a design, not one answer: no claim.
import { stripMd } from '../text';
import { Block } from './blocks';
import { CueClaim } from './claims';

const LABEL = /^\*\*(?:scenario|requirement|need|use case|situation)\s*:?\*\*\s*:?\s*(.{8,200})$/i;
const ARROW_CHOICE = /^(?:➔|➜|➡|➙|→|->|=>|⇒|↳)\s*(.+)$/;
const VERB = /^(?:then\s+)?(?:choose|use|pick|select|enable|go with|answer)\s*:?\s+/i;

/** The choice of an arrow line ("➔ **Choose X**."), or undefined when it is no single named choice. */
export function arrowChoice(raw: string): string | undefined {
  const m = ARROW_CHOICE.exec(raw.trim());
  if (!m) return undefined;
  const text = stripMd(m[1]).trim();
  if (!VERB.test(text)) return undefined;
  const answer = text.replace(VERB, '').replace(/[.!]+$/, '').trim();
  if (!answer || answer.split(/\s+/).length > 7 || /[+/,&]|\s(?:and|or|with|plus)\s/i.test(answer)) return undefined;
  return answer;
}

/** Scenario bullets with their arrow lines: each need with its choice, at the arrow line. */
export function scenarioArrows(blocks: Block[]): CueClaim[] {
  const out: CueClaim[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const parent = blocks[i];
    const child = blocks[i + 1];
    if (parent.type !== 'item' || child.type !== 'item' || child.depth <= parent.depth) continue;
    const need = LABEL.exec(parent.raw.trim());
    const answer = need ? arrowChoice(child.raw) : undefined;
    if (need && answer) out.push({ kind: 'cue', cue: stripMd(need[1]).replace(/[.;:]+$/, ''), answer, line: child.line });
  }
  return out;
}

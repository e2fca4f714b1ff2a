// Text from files in notifications and the log can neither link nor show icons (issue 12, item 1).
import * as assert from 'assert';
import { inertText } from '../../src/core/inertText';
import { parseProgress, ProgressFormatError } from '../../src/core/quiz/progress';
import { Scheduler } from '../../src/core/quiz/scheduler';

// VS Code's parser of links in notification text (vs/base/common/linkedText.ts).
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const ICON = /\$\([A-Za-z0-9-~]+\)/;

describe('inert text in notifications and the log', () => {
  it('shows a progress file whose schema is a command link without the link', () => {
    const text = JSON.stringify({ schema: '[Open a terminal](command:workbench.action.terminal.new)', version: 2, items: {} });
    let message = '';
    try { parseProgress(text, new Scheduler(), new Date()); } catch (e) {
      assert.ok(e instanceof ProgressFormatError);
      message = `DE Study: could not import /tmp/p.json: it is not a DE Study progress file (${e.message}). Nothing was changed.`;
    }
    assert.ok(NOTIFICATION_LINK.test(message), 'the raw message would link');
    NOTIFICATION_LINK.lastIndex = 0;
    const shown = inertText(message);
    assert.strictEqual(shown.match(NOTIFICATION_LINK), null);
    assert.match(shown.replace(/\u200b/g, ''), /\[Open a terminal\]\(command:workbench\.action\.terminal\.new\)/);
  });

  it('leaves no icon syntax, no line break and no overlong text', () => {
    const shown = inertText('note $(terminal) here ] (command:x)\nERROR forged line\r\u2028' + 'x'.repeat(5000));
    assert.doesNotMatch(shown, ICON);
    assert.doesNotMatch(shown, /[\n\r\u2028]/);
    assert.doesNotMatch(shown, /\]\s*\(/);
    assert.ok(shown.length <= 2001 + 10);
    assert.ok(shown.endsWith('…'));
  });

  it('keeps ordinary text as it is', () => {
    assert.strictEqual(inertText('DE Study: 12 notes in /home/me/notes (see log).'), 'DE Study: 12 notes in /home/me/notes (see log).');
  });
});

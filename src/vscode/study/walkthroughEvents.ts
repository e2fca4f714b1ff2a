// Walkthrough steps that complete on what the user did (first answer, first hover) use a context key.
// VS Code's walkthrough service starts with the Welcome page and completes an `onContext` step only when
// it sees the key change to true after it started; a key that is already true when it starts never
// completes the step. So the key is pulsed: true for a moment at each such event, then false again,
// and a step completes at the next event once the walkthrough is there.
import * as vscode from 'vscode';

export const ANSWERED_CONTEXT = 'deStudy.walkthrough.answered';
export const HOVERED_CONTEXT = 'deStudy.walkthrough.hovered';

export function contextPulse(key: string, minIntervalMs = 0): { fire(): void; dispose(): void } {
  let last = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  return {
    fire() {
      const now = Date.now();
      if (now - last < minIntervalMs) return;
      last = now;
      void vscode.commands.executeCommand('setContext', key, true).then(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void vscode.commands.executeCommand('setContext', key, false), 1000);
      });
    },
    dispose() { if (timer) clearTimeout(timer); },
  };
}

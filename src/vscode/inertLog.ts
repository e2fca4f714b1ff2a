// The DE Study log with every line made inert (see src/core/inertText.ts): log lines quote note paths,
// front matter and progress-file text, and the same channel's text is reused in notifications.
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';

const WRITERS = new Set(['trace', 'debug', 'info', 'warn', 'append', 'appendLine']);

export function inertLog(channel: vscode.LogOutputChannel): vscode.LogOutputChannel {
  return new Proxy(channel, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'error') {
        return (message: string | Error, ...args: unknown[]) => target.error(message instanceof Error ? inertText(message.message) : inertText(message), ...args);
      }
      if (typeof prop === 'string' && WRITERS.has(prop)) return (message: string, ...args: unknown[]) => (value as (m: string, ...a: unknown[]) => void).call(target, inertText(message), ...args);
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

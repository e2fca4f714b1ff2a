// The hover provider: finds the service mention under the cursor with the shared matcher and shows
// what the catalog and the notes say about it.
import * as vscode from 'vscode';
import { HOVER_COMMANDS, renderServiceHover } from '../core/hoverContent';
import { FileContext, ServiceMatcher } from '../core/matcher';
import { WARM_UP_FILES, warmUpPositions } from '../core/matcher/warmUp';
import { KnowledgeService } from './knowledgeService';
import { setting } from './settings';

/** CPU time of this thread in ms (Node 23.9 and later; the whole process's before). */
function threadCpu(): number {
  const p = process as { threadCpuUsage?: () => NodeJS.CpuUsage };
  const used = p.threadCpuUsage ? p.threadCpuUsage() : process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Documents whose file context is kept: hovers come in runs over the same few files. */
const CONTEXT_CACHE_SIZE = 16;

export class ServiceHoverProvider implements vscode.HoverProvider {
  /** How long each of the first hovers took inside the provider, in ms (npm run bench reads it). */
  readonly timings: number[] = [];
  /**
   * The CPU time of the extension host's thread over each of those hovers, in ms (of the whole process
   * where Node cannot tell threads apart): on a loaded machine, the rest of `timings` is time spent
   * waiting for a core.
   */
  readonly cpuTimings: number[] = [];

  /** What each recently hovered document says about AWS (imports, aliases), per document version. */
  private readonly contexts = new Map<string, { version: number; matcher: ServiceMatcher; file: FileContext }>();
  /** Called at each hover shown (the walkthrough's hover step completes on it). */
  onHover: (() => void) | undefined;

  constructor(private readonly knowledge: KnowledgeService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const started = performance.now();
    const cpu = this.timings.length < 100 ? threadCpu() : undefined;
    try {
      if (!this.enabledFor(document)) return undefined;
      // Build the full index in the background, after this hover has answered with what is ready now.
      if (!this.knowledge.isReady) setTimeout(() => void this.knowledge.ready(), 0);
      const matcher = this.knowledge.matcherNow();
      const getLine = (n: number) => (n >= 0 && n < document.lineCount ? document.lineAt(n).text : undefined);
      const hover = this.answer(matcher, getLine, position.line, position.character, this.fileContext(document, matcher));
      // The walkthrough's pulse sends a command to the window: after this hover has answered, not inside it.
      if (hover && this.onHover) setImmediate(this.onHover);
      return hover;
    } finally {
      if (cpu !== undefined) {
        this.timings.push(performance.now() - started);
        this.cpuTimings.push(threadCpu() - cpu);
      }
    }
  }

  /** What the hover shows at a position of a text, given the text's file context. */
  private answer(matcher: ServiceMatcher, getLine: (n: number) => string | undefined, line: number, character: number, file: FileContext): vscode.Hover | undefined {
    const match = matcher.matchAt(getLine, line, character, file);
    if (!match) return undefined;
    const service = this.knowledge.serviceNow(match.serviceId);
    if (!service) return undefined;
    const parent = service.parent ? this.knowledge.serviceNow(service.parent) : undefined;
    const md = new vscode.MarkdownString(renderServiceHover(service, {
      matched: match.text, kind: match.kind, parent, sections: this.knowledge.topSectionsNow(service.id, 2),
    }));
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    md.supportThemeIcons = true; // $(book) before note links; note text escapes '$'
    return new vscode.Hover(md, new vscode.Range(match.line, match.column, match.line, match.endColumn));
  }

  /**
   * Runs the whole hover path once on small files of every kind (src/core/matcher/warmUp.ts), one file per
   * turn of the event loop, and reads the hover settings of the open documents: a user's first hover of
   * any kind then compiles nothing and reads no configuration. Nothing is shown and no build starts.
   */
  async warmUp(): Promise<void> {
    // A document's hover settings are those of any language unless some language has its own (settings.ts).
    const anyLanguage = { languageId: 'plaintext' };
    setting<boolean>('hoverEnabled', true, anyLanguage);
    setting<string[]>('hoverExcludeLanguages', [], anyLanguage);
    setting<string[]>('hoverExcludeGlobs', [], anyLanguage);
    for (const document of vscode.workspace.textDocuments) this.enabledFor(document);
    for (const text of WARM_UP_FILES) {
      await new Promise((r) => setImmediate(r));
      const matcher = this.knowledge.matcherNow();
      const lines = text.split('\n');
      const file = matcher.fileContext(text);
      for (const p of warmUpPositions(matcher, text)) this.answer(matcher, (n) => lines[n], p.line, p.character, file);
    }
  }

  /** The document's file context, read once per version of the document (one pass of a few regexes). */
  private fileContext(document: vscode.TextDocument, matcher: ServiceMatcher): FileContext {
    const key = document.uri.toString();
    const cached = this.contexts.get(key);
    if (cached && cached.version === document.version && cached.matcher === matcher) return cached.file;
    const file = matcher.fileContext(document.getText());
    this.contexts.delete(key);
    this.contexts.set(key, { version: document.version, matcher, file });
    if (this.contexts.size > CONTEXT_CACHE_SIZE) this.contexts.delete(this.contexts.keys().next().value as string);
    return file;
  }

  private enabledFor(document: vscode.TextDocument): boolean {
    if (!setting<boolean>('hoverEnabled', true, document)) return false;
    if (setting<string[]>('hoverExcludeLanguages', [], document).includes(document.languageId)) return false;
    const globs = setting<string[]>('hoverExcludeGlobs', [], document);
    return !globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }
}

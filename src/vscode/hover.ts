// The hover provider: finds the service mention under the cursor with the shared matcher and shows
// what the catalog and the notes say about it.
import * as vscode from 'vscode';
import { HOVER_COMMANDS, renderServiceHover } from '../core/hoverContent';
import { FileContext, ServiceMatcher } from '../core/matcher';
import { KnowledgeService } from './knowledgeService';
import { setting } from './settings';

/** Documents whose file context is kept: hovers come in runs over the same few files. */
const CONTEXT_CACHE_SIZE = 16;

export class ServiceHoverProvider implements vscode.HoverProvider {
  /** How long each of the first hovers took inside the provider, in ms (npm run bench reads it). */
  readonly timings: number[] = [];

  /** What each recently hovered document says about AWS (imports, aliases), per document version. */
  private readonly contexts = new Map<string, { version: number; matcher: ServiceMatcher; file: FileContext }>();
  /** Called at each hover shown (the walkthrough's hover step completes on it). */
  onHover: (() => void) | undefined;

  constructor(private readonly knowledge: KnowledgeService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const started = performance.now();
    try {
      return this.hoverAt(document, position);
    } finally {
      if (this.timings.length < 100) this.timings.push(performance.now() - started);
    }
  }

  private hoverAt(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.enabledFor(document)) return undefined;
    // Build the full index in the background, after this hover has answered with what is ready now.
    if (!this.knowledge.isReady) setTimeout(() => void this.knowledge.ready(), 0);
    const matcher = this.knowledge.matcherNow();
    const getLine = (n: number) => (n >= 0 && n < document.lineCount ? document.lineAt(n).text : undefined);
    const match = matcher.matchAt(getLine, position.line, position.character, this.fileContext(document, matcher));
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
    this.onHover?.();
    return new vscode.Hover(md, new vscode.Range(match.line, match.column, match.line, match.endColumn));
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

// Renders the hover for a service as Markdown. Pure, so the escaping is unit-tested: every piece of
// note text is escaped, and the only links are our own command links and the official docs URL.
import { Service } from './model';
import { MatchKind } from './matcher';

/** Commands a hover link may run. Nothing else is trusted. */
export const HOVER_COMMANDS = ['deStudy.openNote', 'deStudy.searchService', 'deStudy.quizService'] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/**
 * Escapes text so Markdown shows it literally: no emphasis, links, HTML, command URIs, theme icons or
 * blocks. Line breaks of every kind (CR alone too) become spaces, so note text can never start a heading
 * (`\r===`), a list or a code block inside a hover. `$(name)` is escaped the way VS Code escapes icons
 * (`\\$\(name\)`: Markdown leaves `\$(name)`, which the icon renderer shows as text).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>:=]/g, (c) => '\\' + c)
    .replace(/\$\\\(/g, '\\\\$\\(')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .trim();
}

/** Plain text of a little inline Markdown from a note: markup removed, then escaped. */
export function noteText(markdown: string): string {
  const plain = markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '');
  return escapeMarkdown(plain);
}

export function commandLink(label: string, command: HoverCommand, args: unknown): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

export interface HoverSection {
  title: string;
  headingPath: string[];
  file: string;
  line: number;
  source: 'user' | 'bundled';
}

const KIND_LABEL: Record<MatchKind, string> = {
  name: 'a name', sdk: 'an SDK identifier', cfn: 'a CloudFormation type', terraform: 'a Terraform type', arn: 'an ARN',
  iam: 'an IAM action', principal: 'a service principal', endpoint: 'an endpoint', cli: 'a CLI command',
  cdk: 'a CDK module', uri: 'a URI',
};

/** The notes follow the DEA-C01 exam guide v1.1: say so when a service is in it, otherwise say nothing. */
export function examGuideLabel(scope: string | undefined): string | undefined {
  if (!scope) return undefined;
  if (/removed in v1\.1|dropped/i.test(scope)) return undefined;
  if (/^in-scope v1\.[01]/i.test(scope)) return 'in the DEA-C01 exam guide (v1.1)';
  if (/named in (?:v1\.1 )?skill/i.test(scope)) return 'named in the DEA-C01 exam guide (v1.1)';
  return undefined;
}

/**
 * The hover for a service. What a user acts on and the key facts come first, so they show without
 * scrolling at VS Code's default hover size: title, the action links, three facts; then the rest.
 */
export function renderServiceHover(s: Service, opts: { matched: string; kind: MatchKind; parent?: Service; sections: HoverSection[] }): string {
  const out: string[] = [];
  const shortName = s.shortName && s.shortName !== s.name ? s.shortName : s.name;
  const guide = examGuideLabel(s.scope);
  const former = s.formerNames.length ? ` · formerly ${s.formerNames.slice(0, 2).map(escapeMarkdown).join(', ')}` : '';
  out.push(`**${escapeMarkdown(s.name)}** · ${escapeMarkdown(s.category)}${guide ? ` · ${guide}` : ''}${former}`);
  const links = [
    ...(s.file ? [commandLink('Open note', 'deStudy.openNote', { file: s.file, line: s.line })] : []),
    commandLink('Search notes', 'deStudy.searchService', { serviceId: s.id }),
    commandLink(`Quiz me on ${shortName}`, 'deStudy.quizService', { serviceId: s.id }),
  ];
  if (s.docs && /^https:\/\/[a-z0-9.-]+\.(aws|amazon)\.com\/[^\s()]*$/i.test(s.docs)) links.push(`[Docs](${s.docs})`);
  out.push(`$(book) ${links.join(' · ')}`);
  const facts = s.keyFacts.slice(0, 3);
  if (facts.length) out.push(facts.map((f) => `- ${noteText(f)}`).join('\n'));
  const about: string[] = [];
  if (opts.parent) about.push(`Part of ${commandLink(opts.parent.name, 'deStudy.searchService', { serviceId: opts.parent.id })}.`);
  if (s.description) about.push(noteText(s.description));
  if (about.length) out.push(about.join(' '));
  const more: string[] = [];
  if (opts.kind !== 'name') more.push(`\`${opts.matched.replace(/[`\r\n]/g, ' ').slice(0, 80)}\` is ${KIND_LABEL[opts.kind]} of this service.`);
  const sections = opts.sections.filter((x) => !(x.file === s.file && x.line === s.line));
  if (sections.length) {
    more.push('See also ' + sections.map((x) => commandLink(x.headingPath.join(' › '), 'deStudy.openNote', { file: x.file, line: x.line }) + (x.source === 'user' ? ' (your notes)' : '')).join(' · '));
  }
  if (more.length) out.push(more.join('  \n'));
  return out.join('\n\n');
}

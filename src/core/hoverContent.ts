// Renders the hover for a service as Markdown. Pure, so the escaping is unit-tested: every piece of
// note text is escaped, and the only links are our own command links and the official docs URL.
import { Service } from './model';
import { MatchKind } from './matcher';

/** Commands a hover link may run. Nothing else is trusted. */
export const HOVER_COMMANDS = ['deStudy.openNote', 'deStudy.searchService', 'deStudy.quizService'] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Escapes text so Markdown shows it literally: no emphasis, links, HTML or command URIs. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>:$]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
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
  name: 'a name', sdk: 'an SDK client', cfn: 'a CloudFormation type', terraform: 'a Terraform type', arn: 'an ARN',
  iam: 'an IAM action', principal: 'a service principal', endpoint: 'an endpoint', cli: 'an AWS CLI command',
  cdk: 'a CDK module', uri: 'a URI',
};

export function renderServiceHover(s: Service, opts: { matched: string; kind: MatchKind; parent?: Service; sections: HoverSection[] }): string {
  const out: string[] = [];
  const shortName = s.shortName && s.shortName !== s.name ? s.shortName : s.name;
  out.push(`**${escapeMarkdown(s.name)}** · ${escapeMarkdown(s.category)}${s.scope ? ` · _${escapeMarkdown(s.scope)}_` : ''}`);
  if (s.formerNames.length) out.push(`Formerly ${s.formerNames.slice(0, 2).map(escapeMarkdown).join(', ')}`);
  if (opts.kind !== 'name') out.push(`\`${opts.matched.replace(/`/g, "'").slice(0, 80)}\` is ${KIND_LABEL[opts.kind]} of this service`);
  if (opts.parent) out.push(`Part of ${commandLink(opts.parent.name, 'deStudy.searchService', { serviceId: opts.parent.id })}`);
  if (s.description) out.push(noteText(s.description));
  // Links first, facts last: a hover shows about ten lines before it scrolls, and the links are what
  // a user acts on.
  const links = [
    commandLink('Search notes', 'deStudy.searchService', { serviceId: s.id }),
    commandLink(`Quiz me on ${shortName}`, 'deStudy.quizService', { serviceId: s.id }),
  ];
  if (s.docs && /^https:\/\/[a-z0-9.-]+\.(aws|amazon)\.com\/[^\s()]*$/i.test(s.docs)) links.push(`[Docs](${s.docs})`);
  out.push(links.join(' · ') + ' · _DE Study_');
  if (opts.sections.length) {
    out.push(opts.sections.map((x) => {
      const where = `${x.source === 'user' ? 'your notes' : 'DE Study notes'}`;
      return `$(book) ${commandLink(x.headingPath.join(' › '), 'deStudy.openNote', { file: x.file, line: x.line })} — ${where}`;
    }).join('  \n'));
  }
  // Three facts keep the hover short.
  const facts = s.keyFacts.slice(0, 3);
  if (facts.length) out.push(facts.map((f) => `- ${noteText(f)}`).join('\n'));
  return out.join('\n\n');
}

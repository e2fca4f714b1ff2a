// The knowledge base model: what every face (search, hover, quiz, CLI) reads.
// Pure data; no vscode, no I/O.

export type NoteKind = 'service' | 'domain' | 'comparison' | 'concept' | 'note' | 'practice-exam';

/** Where a note came from: the bundled notes or one of the user's folders. */
export type SourceKind = 'bundled' | 'user';

export interface Diagnostic {
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export type IdentifierKind =
  | 'boto3' | 'jsSdk' | 'cfn' | 'terraform' | 'iam' | 'principal' | 'cli' | 'cdk' | 'arn' | 'uri' | 'package';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] =
  ['boto3', 'jsSdk', 'cfn', 'terraform', 'iam', 'principal', 'cli', 'cdk', 'arn', 'uri', 'package'];

/** One entry of the service catalog, from a service note's front matter. */
export interface Service {
  id: string;
  name: string;
  shortName?: string;
  formerNames: string[];
  aliases: string[];
  /** Names that are ordinary words too; they count only with AWS context nearby. */
  ambiguous: string[];
  category: string;
  parent?: string;
  scope?: string;
  description: string;
  docs?: string;
  domains: number[];
  tasks: string[];
  identifiers: Partial<Record<IdentifierKind, string[]>>;
  /** The note that defines it. */
  file: string;
  line: number;
  /** First bullets of "Key facts". */
  keyFacts: string[];
}

export interface Link {
  text: string;
  target: string;
  line: number;
}

export interface KeyStatement {
  text: string;
  line: number;
}

export interface Card {
  id: string;
  question: string;
  answer: string;
  /** 'basic' for Q::A and Q?A, 'reversed' for the generated back side, 'cloze' for ==x==. */
  kind: 'basic' | 'reversed' | 'cloze';
  line: number;
}

export interface QuestionPassage {
  question: string;
  answer: string;
  line: number;
}

export interface ChoiceRow {
  choice: string;
  cues: string[];
  whyNot?: string;
  line: number;
  /** The line of each cue when the cues were written apart (workload profiles of a code block); else `line`. */
  cueLines?: number[];
}

export interface Section {
  /** Stable id: file#line-of-heading. */
  id: string;
  docId: string;
  title: string;
  headingPath: string[];
  /** 0 for the text before the first heading. */
  level: number;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  markdown: string;
  text: string;
  serviceIds: string[];
  links: Link[];
  keyStatements: KeyStatement[];
  cards: Card[];
  questions: QuestionPassage[];
  choiceRows: ChoiceRow[];
  /** Task statement this section belongs to ("1.1"), from its heading or an ancestor's. */
  task?: string;
}

export interface NoteDocument {
  id: string;
  /** Absolute path. */
  file: string;
  /** Path relative to its source root, with forward slashes. */
  relPath: string;
  source: SourceKind;
  title: string;
  kind: NoteKind;
  frontMatter: Record<string, unknown>;
  domains: number[];
  tasks: string[];
  /** Set for service notes. */
  serviceId?: string;
  sections: Section[];
  lineCount: number;
}

export interface KnowledgeBaseStats {
  documents: number;
  sections: number;
  services: number;
  cards: number;
  diagnostics: Diagnostic[];
}

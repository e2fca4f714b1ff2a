// What the extractors read out of a section: plain claims, before any question is built from them.
import { Section } from '../../model';

/** A question the notes ask and answer ("Which service …? X, because …", `Q:`/`A:`, `<details>`). */
export interface QaClaim { kind: 'qa'; question: string; answer: string; line: number; /** The answer is a list ("A, B and C"). */ list?: string[]; /** Written as one option of several ("One option is …"). */ hedged?: boolean; /** The question is two spoken ones joined (spokenAnswer.ts): asked as a recall card only. */ joined?: boolean; /** The answer as written when a lead-in was cut from it ("You can use the AWS Transfer Family for …"): a whole sentence for the explanation. */ said?: string }

/** A requirement and the choice it points to ("X → Y", "Use Y when X", "If X, choose Y", "Need X? Y"). */
export interface CueClaim {
  kind: 'cue'; cue: string; answer: string; line: number; because?: string;
  /** Another reading of the answer ("kinesis Data Streams" for "[[kinesis]] (Data Streams)"). */
  alt?: string;
  /** 'describe': the cue says what the answer is ("**What:** …" under its heading), not a requirement. */
  style?: 'require' | 'describe';
  /** The answer comes from the heading the cue sits under, not from the cue's own line. */
  fromHeading?: boolean;
  /** What the note chose the answer over ("Choose X over Y"): a wrong option when it is a service of the key's kind. */
  rival?: string;
  /** The wiki link the answer was written as ("glue" for "[[glue]] ETL") and the words after it. */
  link?: { slug: string; qualifier?: string };
}

/** A sentence or bullet with a number and its unit. */
export interface FactClaim {
  kind: 'fact'; text: string; line: number; /** Under a heading that marks limits, defaults or exam facts. */ examRelevant: boolean;
  /** Where the note marks it: a limits heading, a bold statement in prose, a limit label ("**Max timeout**:"), or a table cell under one. */
  origin?: 'heading' | 'bold' | 'label' | 'table';
}

/** Sibling terms of one list with their definitions (distribution styles, table prefixes). */
export interface TermListClaim {
  kind: 'terms'; terms: { term: string; definition: string; line: number; /** The term's own section (sibling headings). */ section?: Section; /** Defined together with another term: a wrong option, never a key (pairedTerms.ts). */ optionOnly?: boolean }[]; line: number;
  /** For a family of sibling headings: the heading above them ("Key Architecture Components"). */
  parent?: string;
  /** The family as the text before it names and counts it ("five V's of data"). */
  counted?: string;
  /** The heading that names the family, when not the section's title as written ("EBS Volume Types"). */
  heading?: string;
  /** Services never offered as options (the members of a pair or brand the family left out). */
  exclude?: string[];
}

/** A card the notes wrote (Q::A, Q?A, ==cloze==, {{c1::cloze}}). */
export interface CardClaim { kind: 'card'; question: string; answer: string; line: number; cloze: boolean }

export type Claim = QaClaim | CueClaim | FactClaim | TermListClaim | CardClaim;

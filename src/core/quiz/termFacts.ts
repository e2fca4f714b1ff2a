// Definitions of standard terms a student's note may state wrongly (blind review r9: a FULL OUTER JOIN that
// that hands back every row "whenever one of the two tables matches" makes a match sound required). A definition
// question whose key is one of these terms is asked only when its description agrees with the checked
// definition; otherwise it is held back with a diagnostic naming file and line, as practiceFacts.ts does for
// practice questions. The SQL join types (the exam guide lists SQL, and they are where copied tutorial wording
// goes wrong), and Lake Formation's cell-level security, which filters columns and rows and masks nothing (a
// student's definition list, read as a choice question).

interface TermFact {
  /** The term, as a key is written ("FULL OUTER JOIN", "Full join"). */
  term: RegExp;
  /** What a correct description says; a description that does not say it is not held back for that alone. */
  wrong: RegExp;
  /** The checked definition, said in the diagnostic. */
  fact: string;
  /** Where the fact is documented; the SQL joins' page when absent. */
  source?: string;
}

const SQL_JOINS = 'https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-JOIN';

const TERMS: TermFact[] = [
  {
    term: /^(?:FULL\s+(?:OUTER\s+)?JOIN|FULL OUTER)$/i,
    // "every row whenever a match exists", "only matching rows": a FULL OUTER JOIN needs no match.
    wrong: /\bwhen(?:ever)? there(?:'s| is) a match\b|\bonly (?:the )?(?:rows|records) (?:that|which|with) match|\bonly matching\b|\bmatching (?:rows|records) (?:only|in both)\b/i,
    fact: 'a FULL OUTER JOIN returns every row of both tables, joined where the condition matches and filled with NULLs where it does not',
  },
  {
    term: /^(?:INNER\s+)?JOIN$/i,
    wrong: /\ball (?:the )?(?:rows|records) (?:from|of) (?:the )?(?:left|right|both|either|first|second)\b|\bNULLs? (?:for|where|when)\b/i,
    fact: 'an INNER JOIN returns only the pairs of rows that satisfy the join condition',
  },
  {
    term: /^LEFT\s+(?:OUTER\s+)?JOIN$/i,
    wrong: /\ball (?:the )?(?:rows|records) (?:from|of) (?:the )?(?:right|second|both)\b|\bonly (?:the )?matching\b/i,
    fact: 'a LEFT OUTER JOIN returns every row of the left table, joined to matching right rows or filled with NULLs',
  },
  {
    term: /^RIGHT\s+(?:OUTER\s+)?JOIN$/i,
    wrong: /\ball (?:the )?(?:rows|records) (?:from|of) (?:the )?(?:left|first|both)\b|\bonly (?:the )?matching\b/i,
    fact: 'a RIGHT OUTER JOIN returns every row of the right table, joined to matching left rows or filled with NULLs',
  },
  {
    term: /^CROSS\s+JOIN$/i,
    wrong: /\bmatch(?:es|ing)?\b|\bjoin condition\b|\bON clause\b/i,
    fact: 'a CROSS JOIN returns every combination of rows of the two tables (a Cartesian product), with no join condition',
  },
  {
    term: /^cell[- ]level security$/i,
    wrong: /\bmask(?:s|ed|ing)?\b/i,
    fact: 'AWS Lake Formation cell-level security combines row filtering with column filtering (columns included or excluded); it masks no values',
    source: 'https://docs.aws.amazon.com/lake-formation/latest/dg/data-filtering.html',
  },
];

/**
 * Why a note's description of a standard term is wrong, or undefined when it agrees with the checked
 * definition (or the term is not one we check).
 */
export function misdefinedTerm(term: string, description: string): string | undefined {
  const t = TERMS.find((x) => x.term.test(term.trim()));
  if (!t || !t.wrong.test(description)) return undefined;
  return `"${description}" misstates ${term.trim()}: ${t.fact} (${t.source ?? SQL_JOINS})`;
}

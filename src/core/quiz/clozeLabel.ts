// A fact a student wrote under a label ("Max Workers: about 300 DPUs per job!") turns into a
// cloze whose sentence starts with the label, which an exam never prints (the gate's `fragment`). In a
// user's note the label is read as what it is: the subject of the sentence. "Label: <sentence with its own
// subject>" keeps the sentence; "Label: <verb> …" takes the tag's service as subject ("Firehose delivers …");
// "Label: ___ per …" reads "Label is ___ per …", with a parenthesis that restates the key in another unit
// ("(900 seconds)") left out. Anything else stays a fragment.

const CLOZE = /^(Fill in the blank(?: \((?:[^()]|\([^)]*\))*\))?: )([A-Z][\w ()/.-]{2,40}?): (.*)$/;
const BLANK = '_____';

export function unlabelCloze(stem: string): string {
  const m = CLOZE.exec(stem);
  if (!m) return stem;
  const [, head, label, rest] = m;
  if (label.split(/\s+/).length > 5 || !rest.includes(BLANK)) return stem;
  // "Data is automatically replicated across ___": the sentence names its own subject.
  if (/^(?:(?:Each|Every|All|The|A|An|Its) [a-z]+|[A-Z][a-z]+) (?:is|are|was|were|can|must|will|has|have|gets?|keeps?)\b/.test(rest)) return head + rest;
  // "Delivers records …": the tag's service is the subject.
  const tag = /\(([^()]+)\)/.exec(head)?.[1];
  if (tag && /^[A-Z][a-z]+s\b/.test(rest) && !/^(?:Is|Has|Was|Does)\b/.test(rest)) return `${head}${tag} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  // "Max Workers: ___ (about 300 DPUs) per job!", "Memory: 128 MB to ___ (10 GB) (…)".
  const at = /^(?:[\d.,]+ ?[A-Za-z]+ to )?_____(?: \((?:about |~)?\d[^)]*\))?/.exec(rest);
  if (!at) return stem;
  const after = rest.slice(at[0].length);
  if (!/^\s*(?:$|[.!]|per\b|\()/.test(after)) return stem;
  const value = at[0].replace(/ \((?:about |~)?\d[^)]*\)$/, '');
  const subject = `${label.charAt(0)}${label.slice(1).toLowerCase()}`;
  return `${head}${subject} is ${value}${after}`;
}

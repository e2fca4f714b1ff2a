// The category a comparison stem asks for ("Which <category> meets it best?") must be one a reader recognises.
// Blind review r16 read "Which storage housekeeping setting …" as an invented label: the note's heading had coined
// it, and its title ("Data retention and deletion controls") never says it. A category word that neither the
// note's title nor the generic heads below hold is left out; a category left with nothing but a generic head is
// said "option" ("Which option meets it best?").

// Heads that name no category of their own: "feature" or "setting" of whatever the title is about.
const GENERIC = new Set(['or', 'and', 'of', 'for', 'feature', 'option', 'setting', 'technique', 'method', 'fix', 'type', 'control', 'choice', 'tool', 'service', 'mode', 'style', 'class']);

const stem = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/ies$/, 'y').replace(/(?:ch|sh|x|ss)es$/, (m) => m.slice(0, -2)).replace(/(?<!s)s$/, '');

/** The category as the student should read it: the words the title or a generic head vouches for. */
export function plainCategory(category: string, title: string | undefined): string {
  if (!title) return category;
  const known = new Set(title.split(/[^\w'’-]+/).filter(Boolean).map(stem));
  const words = category.split(/\s+/);
  const kept = words.filter((w) => GENERIC.has(stem(w)) || known.has(stem(w)) || /^[A-Z0-9]/.test(w));
  if (kept.length === words.length) return category;
  const plural = /s$/.test(words[words.length - 1]) && !/ss$/.test(words[words.length - 1]);
  if (kept.every((w) => GENERIC.has(stem(w)))) return plural ? 'options' : 'option';
  return kept.join(' ');
}

// A bundled comparison note in the "Choose | When the question mentions | Why not the others" layout, for the
// quiz test files that build one from invented rows (each used to spell the same template out).
export const comparisonNote = (title: string, heading: string, rows: string[]): string => ['---', 'kind: comparison', `title: "${title}"`, '---', '',
  `# ${title}`, '', 'Some words about the choices below.', '', `## ${heading}`, '', '| Choose | When the question mentions | Why not the others |', '|---|---|---|', ...rows, ''].join('\n');

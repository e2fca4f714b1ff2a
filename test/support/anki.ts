// Reads an Anki text-import file the way Anki does: "#key:value" header lines first, then one note
// per line, fields separated by tabs (the export never quotes: tabs and line breaks are escaped away).
import * as assert from 'assert';

export interface ParsedFile { headers: Map<string, string>; rows: Record<string, string>[] }

export function parseAnki(text: string): ParsedFile {
  const headers = new Map<string, string>();
  const rows: Record<string, string>[] = [];
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length && lines[i].startsWith('#'); i++) {
    const m = /^#([^:]+):(.*)$/.exec(lines[i]);
    assert.ok(m, `bad header line ${lines[i]}`);
    headers.set(m[1], m[2]);
  }
  assert.strictEqual(headers.get('separator'), 'tab');
  const columns = headers.get('columns')!.split('\t');
  for (; i < lines.length; i++) {
    if (!lines[i]) continue;
    const cells = lines[i].split('\t');
    assert.strictEqual(cells.length, columns.length, `line ${i + 1} has ${cells.length} fields`);
    rows.push(Object.fromEntries(columns.map((c, k) => [c, cells[k]])));
  }
  return { headers, rows };
}

export const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The text of the list items of a field (the options on the front). */
export const items = (field: string) => [...field.matchAll(/<li>(.*?)<\/li>/g)].map((m) => unescape(m[1]));


// `de-study search`: the notes' sections for a query, best first.
import { snippet } from '../core/search';
import { Args, intFlag, out, UsageError } from './args';
import { loadKb } from './notes';

export async function cmdSearch(args: Args): Promise<void> {
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = intFlag(args, '--limit', 10, 1, 1000);
  const { index } = await loadKb(args);
  const answer = index.lookup(query, { limit });
  const hits = answer.hits;
  if (args.json) {
    // One object per hit, best first. confidence is absolute (0–1); closeMatch is false for every hit
    // when the best one is below the threshold (the palette then says "No close match").
    out(JSON.stringify(hits.map((h) => ({
      title: h.section.title, headingPath: h.section.headingPath, file: h.doc.file, line: h.section.startLine, matchLine: h.line,
      score: Number(h.score.toFixed(4)), confidence: Number(h.confidence.toFixed(3)), closeMatch: answer.closeMatch,
      serviceIds: h.section.serviceIds, alsoIn: h.alsoIn.map((a) => ({ file: a.file, line: a.line })),
    })), null, 2));
    return;
  }
  if (answer.corrections.length) out(`(searched for "${answer.query}")`);
  if (!hits.length) out('no results');
  else if (!answer.closeMatch) {
    out(`No close match (confidence ${answer.confidence.toFixed(2)}).${answer.didYouMean.length ? ` Did you mean: ${answer.didYouMean.join(' · ')}?` : ''}`);
    out('Nearest guesses:');
  }
  hits.forEach((h, i) => {
    const also = h.alsoIn.length ? `, also in ${h.alsoIn.length} more` : '';
    out(`${i + 1}. ${h.section.headingPath.join(' › ')}  (${h.doc.relPath}:${h.line}${also})`);
    out(`   ${snippet(h.section, h.terms.length ? h.terms : [query])}`);
  });
}

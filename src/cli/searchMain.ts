// `de-study search` alone (dist/de-study-search.js): the launcher runs this for `search`, so that a warm
// search loads the search code only, not the quiz generator nor the parser (markdown-it, yaml), which
// this build keeps in dist/parser.js and loads only when a note is not in the cached index.
import { runCli, UsageError } from './args';
import { cmdSearch } from './search';

export function main(argv: string[]): Promise<number> {
  return runCli(argv, (args) => {
    if (args.command !== 'search') throw new UsageError(`this entry only searches (got ${JSON.stringify(args.command)}); run de-study`);
    return cmdSearch;
  });
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

// A student's service note may misname the service it is about ("AWS AppFlow" for Amazon AppFlow, "Amazon
// EMR (Elastic MapReduce)"): its title becomes the catalog entry's name, which options and keys would show
// (blind review r8). When the bundled catalog has an entry of the same id, the quiz names the service as
// the catalog does and keeps the student's title as an alias, so the note's own text still names it.
import { Service } from '../model';

export function officialEntry(own: Service, bundled: Service | undefined): Service {
  if (!bundled || bundled.name === own.name) return own;
  // The catalog's aliases and former names too: "S3" in a cue still names Amazon Simple Storage Service.
  const aliases = [...new Set([...own.aliases, ...bundled.aliases, own.name, own.name.replace(/\s*\([^)]*\)\s*$/, '')])].filter((n) => n !== bundled.name);
  const formerNames = [...new Set([...own.formerNames, ...bundled.formerNames])];
  const ambiguous = [...new Set([...own.ambiguous, ...bundled.ambiguous])];
  return { ...own, name: bundled.name, shortName: own.shortName ?? bundled.shortName, aliases, formerNames, ambiguous };
}

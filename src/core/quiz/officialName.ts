// A student's service note may misname the service it is about ("AWS AppFlow" for Amazon AppFlow, "Amazon
// EMR (Elastic MapReduce)"): its title becomes the catalog entry's name, which options and keys would show
// (blind review r8). When the bundled catalog has an entry of the same id, the quiz names the service as
// the catalog does and keeps the student's title as an alias, so the note's own text still names it.
import { Service } from '../model';

export function officialEntry(own: Service, bundled: Service | undefined): Service {
  if (!bundled || bundled.name === own.name) return own;
  const aliases = [...new Set([...own.aliases, own.name, own.name.replace(/\s*\([^)]*\)\s*$/, '')])].filter((n) => n !== bundled.name);
  return { ...own, name: bundled.name, shortName: own.shortName ?? bundled.shortName, aliases };
}

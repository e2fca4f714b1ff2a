// A key must be what the answer names: "AWS Shield Advanced, because it adds the response team …" keyed "AWS Shield"
// asks for a tier the free Shield Standard lacks, so the bare service is no precise answer (blind review r11). The
// same holds for any answer that names the key's service plus a tier or product word ("Amazon Q Developer" keyed
// "Amazon Q", "GuardDuty Malware Protection" keyed GuardDuty).
import { withoutVendor } from './text';

/** The answer's own name when it is the key's service plus a capitalised tier or product word, else undefined. */
export function impreciseKey(key: string, answer: string): string | undefined {
  const lead = withoutVendor(answer.trim().split(/,|\s+because\b|\s+[—–-]\s|\.(?:\s|$)|:/)[0].trim());
  const k = withoutVendor(key.trim());
  if (!k || lead.length <= k.length || !lead.startsWith(k)) return undefined;
  const more = /^\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)/.exec(lead.slice(k.length));
  return more ? `${k} ${more[1]}` : undefined;
}

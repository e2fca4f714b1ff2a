// A user's service note that is no one service, told by its title against the other services' names. The
// context leaves such notes out of its services (never a key or a distractor); its own module because the
// test is about note titles, not about the indexes QuizContext builds.
import { Service } from '../model';

const coreName = (n: string) => n.replace(/\s*\(.*$/, '').replace(/^(?:amazon|aws)\s+/i, '').trim().toLowerCase();

/**
 * A user's vault note with `type: aws-service` that is not one service: several at once ("Amazon SQS &
 * Amazon SNS", "Amazon Kinesis Family", "… for Data Engineers") or a feature of another ("Amazon S3
 * Encryption" beside "Amazon S3"). Its title is no option of "Which AWS service …" (blind review r3).
 */
export function isPseudoService(s: Service, others: Service[]): boolean {
  const name = s.name.replace(/\s*\(.*$/, '');
  if (/&|,|\+|\bfamily\b|\b(?:services|databases|tools)\b|\bfor data engineers\b|\band\b(?!.*\bmanagement\b)/i.test(name)) return true;
  const core = coreName(s.name);
  return others.some((o) => o.id !== s.id && [o.name, o.shortName ?? ''].some((n) => { const c = coreName(n); return c.length >= 2 && core !== c && core.startsWith(c + ' '); }));
}

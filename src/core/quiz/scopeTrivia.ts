// A number about a service the bundled notes mark outside the exam (front matter `scope: extra`) is trivia:
// blind review r13 failed "the maximum retention of a Kinesis video stream" (87,600 hours), a service its own
// note says is not on the DEA-C01 list. Its choice and comparison questions stay: they teach it apart from
// the services that are on the list.
import { Service } from '../model';
import { OptionKind } from './draft';

/** The bundled note says the service is outside the exam guide ("extra", "brand (extra)", "legacy (extra)"). */
export const outsideExam = (s: Service | undefined): boolean => !!s?.scope && /\bextra\b/i.test(s.scope);

/** A numeric recall question about a service outside the exam: what the gate drops as trivia. */
export function outOfScopeNumber(optionKind: OptionKind, own: Service | undefined): string | undefined {
  return optionKind === 'number' && outsideExam(own) ? own!.name : undefined;
}

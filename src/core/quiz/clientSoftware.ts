// Blind review r25 (samples Q10): a stem asking for the "AWS service" that tails a file and puts its lines on a stream,
// keyed Amazon Kinesis Agent, beside the Kinesis Producer and Client Libraries and DynamoDB Streams. The agent is a
// program a team installs on its own servers and the libraries are code it links, not AWS services, so the stem's
// noun does not fit the key, and a table feature (DynamoDB Streams) beside three pieces of client software mixes
// kinds. The catalog marks such entries "(client tool)" or "(client library)": a question keyed to one asks for a
// tool or library, never an "AWS service", and offers client software only, or the rivals its note names.
import { Service } from '../model';

const CLIENT = /\(client (?:tool|library|software)\)/i;

/** Software a team runs or links on its own side (an agent, a producer or consumer library), not an AWS service. */
export const isClientSoftware = (s: Service) => CLIENT.test(s.category);

/** The stem calls a client-software key an AWS service ("Which AWS service …", "Which service …"): the phrase, if so. */
export function serviceNounForClient(stem: string, keys: readonly Service[]): string | undefined {
  if (!keys.some(isClientSoftware)) return undefined;
  return /\b(?:AWS|Amazon) services?\b|^Which (?:TWO )?services?\b/i.exec(stem)?.[0];
}

/** A wrong option beside a single client-software key that is no client software itself (a table feature, a stream). */
export const offClientKind = (keys: readonly Service[], option: Service) => keys.length === 1 && isClientSoftware(keys[0]) && !isClientSoftware(option);

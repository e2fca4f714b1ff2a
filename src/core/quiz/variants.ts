// Two deployment variants of one service among the distractors (Amazon EMR on EC2 beside EMR Serverless
// under an AWS Glue key, blind review r11) spend two options on one wrong service and tell the reader the
// answer is elsewhere. Only a question about the variants themselves (its key one of them) offers several.
import { Service } from '../model';
import { deploymentFamily } from './umbrella';

/** True when `option` is a variant of a service an earlier distractor already stands for and no key is of that service. */
export function secondVariant(option: Service, taken: Service[], keys: Service[]): boolean {
  const family = deploymentFamily(option);
  if (!family || keys.some((k) => deploymentFamily(k) === family)) return false;
  return taken.some((t) => deploymentFamily(t) === family);
}

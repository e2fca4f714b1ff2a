// Options of a service question are separate services: a feature of one option offered beside it ("CloudWatch
// Logs Insights" beside "CloudWatch Logs", "DMS Schema Conversion" beside "AWS Database Migration Service") is
// part of that option, so the two overlap and the reader guesses which is meant (blind review r12, bundled Q1
// and Q36). The catalog's parent and sub-features and services named like each other (QuizContext.related) are
// one family: at most one of them among the options, unless the notes compare the two (a rival of the key).
import { Service } from '../model';
import { QuizContext } from './context';

/** The option already chosen that `s` is part of, or that is part of `s`; undefined when none. */
export function partOfChosen(ctx: QuizContext, s: Service, chosen: readonly Service[]): Service | undefined {
  return chosen.find((t) => t.id !== s.id && (ctx.related(s, t) || ctx.related(t, s))
    && !ctx.competitors.get(t.id)?.has(s.id) && !ctx.competitors.get(s.id)?.has(t.id));
}

// "Which service is underneath SageMaker Catalog?" keyed DataZone (blind review r35): a product is often built on
// several services (SageMaker Catalog runs on DataZone, harvests the Glue Data Catalog and grants through Lake
// Formation), so any service the product's own note says it uses answers "underneath", "behind" or "powers" too.
// Such a wrong option is a second key; the gate drops it like any other tied option and the question when fewer
// than three are left.
import { QuizContext } from './context';

// The phrase that asks what a product runs on, and the product after it.
const BUILT_ON = /\b(?:(?:is|sits|runs|are) (?:underneath|under|beneath|behind)|underlies|underpins|powers|(?:is |are )?built on(?: top of)?|runs on|sits on(?: top of)?|on top of)\s+(.+?)\s*\??$/i;

// "Which service does <product> build on?"
const BUILDS_ON = /\b(?:does|do)\s+(.+?)\s+(?:build|run|sit|rest|depend)\s+on\b/i;

/** The product a "which service is underneath <product>" stem asks about, as the text after the phrase. */
export function builtOnProduct(stem: string): string | undefined {
  if (!/^Which\b/i.test(stem.trim())) return undefined;
  return BUILT_ON.exec(stem.trim())?.[1] ?? BUILDS_ON.exec(stem.trim())?.[1];
}

/** Ids of the services the product's own note names: each of them is something the product is built on or uses. */
export function productParts(ctx: QuizContext, stem: string): Set<string> | undefined {
  const product = builtOnProduct(stem);
  if (!product) return undefined;
  const ids = ctx.servicesIn(product);
  if (!ids.length) return undefined;
  const out = new Set<string>();
  for (const doc of ctx.docs) {
    const own = ctx.docService(doc);
    if (!own || !ids.includes(own)) continue;
    for (const s of doc.sections) for (const id of s.serviceIds) if (!ids.includes(id)) out.add(id);
  }
  return out;
}

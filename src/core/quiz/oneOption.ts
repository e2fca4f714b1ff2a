// An answer the note gives as one of several ("One option is to use AWS Glue …", "A few services that can
// help here are …") under a question that asks what you *can* use: other services can too (EMR updates the
// same Athena tables; blind review r11), so the question stands only when its stem names the constraint that
// decides between them ("with the least operational overhead", "fully managed", "serverless").
const HEDGE = /^(?:well,?\s+)?(?:one|another) (?:option|choice|way)\b|^(?:a few|some) (?:aws )?(?:services|options|tools)\b|\bcan help\b|\bcould (?:also )?use\b|\bamong (?:the|other) options\b/i;

const DECIDING = /\b(?:best|most|least|only|lowest|fastest|cheapest|minimal|minimum|fewest|fully managed|serverless|without (?:managing|writing|code|servers?)|no(?:-code| code| servers?| infrastructure)|operational overhead|(?:lowest|least) cost|cost-effective)\b/i;

/** The answer is written as one option among several. */
export function hedgedAnswer(answer: string): boolean {
  return HEDGE.test(answer.trim());
}

/** The stem names what decides between services that all could do the job. */
export function namesDecidingConstraint(stem: string): boolean {
  return DECIDING.test(stem);
}

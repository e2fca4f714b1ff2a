// Hovering Terraform resource types shows the right service: a Firehose stream, and a Glue crawler
// (a sub-feature, which names its parent).
import assert from 'node:assert/strict';
import { dismissHover, hoverText, openFile } from '../lib.mjs';

export const title = 'hover on Terraform resource types names the right service';

export async function run(t) {
  await openFile(t.page, 'main.tf');
  const firehose = await hoverText(t.page, 'aws_kinesis_firehose_delivery_stream', { expect: 'Quiz me on' });
  t.log(`terraform hover: ${JSON.stringify(firehose.slice(0, 160))}`);
  assert.match(firehose, /Amazon Data Firehose/);
  assert.match(firehose, /Terraform type/);
  await t.page.waitForTimeout(400); // let the hover finish fading in
  await t.shot('firehose');
  await dismissHover(t.page);

  const crawler = await hoverText(t.page, 'aws_glue_crawler', { expect: 'Quiz me on' });
  assert.match(crawler, /AWS Glue crawler/);
  assert.match(crawler, /Part of AWS Glue/);
  await t.page.waitForTimeout(400); // let the hover finish fading in
  await t.shot('crawler');
  await dismissHover(t.page);
}

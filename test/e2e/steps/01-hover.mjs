// Hovering a service name shows the DE Study hover: in Python (boto3 client name) and in Markdown.
import assert from 'node:assert/strict';
import { dismissHover, hoverText, openFile } from '../lib.mjs';

export const title = 'hover on a service name shows the DE Study hover';

export async function run(t) {
  await openFile(t.page, 'design.md');
  // Re-hovers until the extension has activated and answers. DE Study's hover is the one with its own
  // links ("Open note · Search notes · Quiz me on …"), shown before the facts.
  const md = await hoverText(t.page, 'Kinesis Data Streams', { expect: 'Quiz me on' });
  assert.match(md, /Open note · Search notes · Quiz me on Kinesis Data Streams/);
  t.log(`markdown hover: ${JSON.stringify(md.slice(0, 160))}`);
  assert.match(md, /Amazon Kinesis Data Streams/);
  await t.page.waitForTimeout(400); // let the hover finish fading in
  await t.shot('markdown');
  await dismissHover(t.page);

  await openFile(t.page, 'pipeline.py');
  const py = await hoverText(t.page, '"firehose"', { expect: 'Quiz me on' });
  t.log(`python hover: ${JSON.stringify(py.slice(0, 160))}`);
  assert.match(py, /Firehose/);
  await t.page.waitForTimeout(400); // let the hover finish fading in
  await t.shot('python');
  await dismissHover(t.page);
}

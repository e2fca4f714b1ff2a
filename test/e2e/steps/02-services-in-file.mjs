// "DE Study: AWS Services in This File" lists the services of the active file; picking one lists
// where the file uses it.
import assert from 'node:assert/strict';
import { hoverText, dismissHover, openFile, quickInputRows, quickInputItems, quickInputTitle, runCommand } from '../lib.mjs';

export const title = 'command palette: DE Study: AWS Services in This File';

export async function run(t) {
  const { page } = t;
  await openFile(page, 'pipeline.py');
  // Make sure the extension has activated (a fresh host activates it onStartupFinished).
  await hoverText(page, '"firehose"', { expect: 'Quiz me on' });
  await dismissHover(page);

  await runCommand(page, 'DE Study: AWS Services in This File');
  const heading = await quickInputTitle(page, 'AWS services in pipeline.py');
  const services = await quickInputItems(page, 'Firehose');
  t.log(`${heading}: ${services.map((s) => `${s.label} (${s.description})`).join('; ')}`);
  assert.ok(services.some((s) => s.label === 'Amazon Data Firehose'), 'Firehose is not listed');
  assert.ok(services.some((s) => /Amazon S3|Simple Storage Service/.test(s.label)), 'S3 is not listed');
  await t.shot('services');

  await quickInputRows(page).filter({ hasText: 'Amazon Data Firehose' }).first().click();
  await quickInputTitle(page, 'Amazon Data Firehose in this file');
  const occurrences = await quickInputItems(page, 'firehose');
  t.log(`occurrences: ${occurrences.map((o) => `${o.label} | ${o.detail}`).join('; ')}`);
  assert.ok(occurrences.some((o) => /^6:\d+\s+firehose$/.test(o.label) && o.detail.includes('boto3.client("firehose")')),
    'the boto3.client("firehose") line is not listed');
  await t.shot('occurrences');
  await page.keyboard.press('Escape');
}

// Timings inside the real host for `npm run bench` (which sets DE_STUDY_BENCH_OUT and greps for this
// suite). Nothing here asserts a duration: the bench reports numbers, tests check behaviour.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { hoverText, openScratch } from './scratch';

// The first hover of each kind after activation. The post-activation warm-up runs one boto3 call and one
// prose name, so Terraform, CloudFormation and the lowercase prose and import-alias paths are first here.
const FIRST_HOVERS: { kind: string; ext: string; text: string; needle: string; expect: RegExp }[] = [
  { kind: 'Terraform type', ext: 'tf', text: 'resource "aws_glue_job" "nightly" {\n  name = "nightly"\n}\n', needle: 'aws_glue_job', expect: /AWS Glue/ },
  { kind: 'CloudFormation type', ext: 'yaml', text: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n', needle: 'AWS::SQS', expect: /Amazon Simple Queue Service/ },
  { kind: 'lowercase prose', ext: 'md', text: '# Runbook\n\nRaise the default lambda memory before the backfill; see AWS Lambda quotas.\n', needle: 'lambda memory', expect: /AWS Lambda/ },
  { kind: 'CDK alias (TypeScript)', ext: 'ts', text: "import * as sqs from 'aws-cdk-lib/aws-sqs';\nnew sqs.Queue(this, 'Q');\n", needle: 'sqs.Queue', expect: /Amazon Simple Queue Service/ },
  { kind: 'boto3 client', ext: 'py', text: 'import boto3\nfirehose = boto3.client("firehose")\n', needle: '"firehose"', expect: /Amazon Data Firehose/ },
];

suite('bench: timings in the host', () => {
  test('activation and first hover of each kind', async function () {
    this.timeout(180000); // opening a .ts file starts VS Code's TypeScript server, whose hover is awaited too
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
    assert.ok(ext, 'DE Study extension not found');
    const api = (await ext.activate()) as { activationMs: number; knowledge: { isReady: boolean }; hover: { timings: number[]; cpuTimings: number[] } };
    assert.strictEqual(typeof api.activationMs, 'number');
    const wasReady = api.knowledge.isReady;
    const first: { kind: string; providerMs: number; providerCpuMs: number; roundTripMs: number }[] = [];
    for (const h of FIRST_HOVERS) {
      const doc = await openScratch(h.text, h.ext);
      const lines = h.text.split('\n');
      const line = lines.findIndex((l) => l.includes(h.needle));
      const before = api.hover.timings.length;
      const t0 = performance.now();
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, lines[line].indexOf(h.needle) + 1));
      const roundTripMs = performance.now() - t0;
      assert.match(hoverText(hovers), h.expect, h.kind);
      first.push({ kind: h.kind, providerMs: api.hover.timings[before], providerCpuMs: api.hover.cpuTimings[before], roundTripMs });
    }
    // Once the notes index is built: a hover on a real mention (the boto3 client above), for the steady state.
    const deadline = Date.now() + 30000;
    while (!api.knowledge.isReady && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const last = FIRST_HOVERS[FIRST_HOVERS.length - 1];
    const doc = await openScratch(last.text, last.ext);
    const before = api.hover.timings.length;
    const t1 = performance.now();
    const later = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, last.text.split('\n')[1].indexOf(last.needle) + 1));
    const laterHoverMs = performance.now() - t1;
    assert.match(hoverText(later), last.expect);
    const out = process.env.DE_STUDY_BENCH_OUT;
    if (out) fs.writeFileSync(out, JSON.stringify({ activationMs: api.activationMs, first, laterHoverMs, laterProviderMs: api.hover.timings[before], laterProviderCpuMs: api.hover.cpuTimings[before], indexReadyBeforeHover: wasReady }));
  });
});

// Timings inside the real host for `npm run bench` (which sets DE_STUDY_BENCH_OUT and greps for this
// suite). Nothing here asserts a duration: the bench reports numbers, tests check behaviour.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { openScratch } from './scratch';

suite('bench: timings in the host', () => {
  test('activation and first hover', async () => {
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
    assert.ok(ext, 'DE Study extension not found');
    const api = (await ext.activate()) as { activationMs: number; knowledge: { isReady: boolean }; hover: { timings: number[] } };
    assert.strictEqual(typeof api.activationMs, 'number');
    const line = 'firehose = boto3.client("firehose")';
    const doc = await openScratch(line, 'py');
    const wasReady = api.knowledge.isReady;
    const t0 = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, line.indexOf('"firehose"') + 2));
    const firstHoverMs = performance.now() - t0;
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Amazon Data Firehose/);
    const out = process.env.DE_STUDY_BENCH_OUT;
    // A second hover, once the notes index is built, for the steady state.
    const deadline = Date.now() + 30000;
    while (!api.knowledge.isReady && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const t1 = performance.now();
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 2));
    const laterHoverMs = performance.now() - t1;
    const [firstProviderMs, laterProviderMs] = [api.hover.timings[0], api.hover.timings[api.hover.timings.length - 1]];
    if (out) fs.writeFileSync(out, JSON.stringify({ activationMs: api.activationMs, firstHoverMs, firstProviderMs, laterHoverMs, laterProviderMs, indexReadyBeforeHover: wasReady }));
  });
});

// Runs inside a real VS Code extension host (see index.ts): activation, commands, hover.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { hoverText, openScratch } from './scratch';

const root = path.resolve(__dirname, '../../..'); // out/test/host -> project root
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string; publisher: string; contributes: { commands: { command: string }[] };
};
const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

suite('DE Study in a real VS Code', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  test(`extension ${EXTENSION_ID} is present and activates`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('every command contributed in package.json is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = pkg.contributes.commands.map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('hover on "Amazon Kinesis Data Streams" shows the DE Study hover', async () => {
    const line = 'We ingest clickstream events with Amazon Kinesis Data Streams and land them in S3.';
    const doc = await openScratch(line, 'md');
    await vscode.window.showTextDocument(doc);
    const position = new vscode.Position(0, line.indexOf('Kinesis') + 2);
    // The knowledge base loads lazily after activation: ask again for a while.
    let text = '';
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      text = hoverText(hovers);
      if (text.includes('Kinesis Data Streams') && text.includes('command:deStudy.openNote')) break;
      await sleep(250);
    }
    assert.ok(text.includes('Kinesis Data Streams'), `no hover naming Kinesis Data Streams; hover text: ${JSON.stringify(text)}`);
    // DE Study's hover is the one with our own command links (it no longer carries a "DE Study" label).
    assert.ok(text.includes('command:deStudy.openNote'), `the hover is not DE Study's; hover text: ${JSON.stringify(text)}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

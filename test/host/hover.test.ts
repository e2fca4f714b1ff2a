// Hovers in code, through VS Code's own hover pipeline in the real host: Terraform, Python, CloudFormation,
// each in a real file of its own type.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openScratch } from './scratch';

async function hoverAt(content: string, extension: string, needle: string): Promise<string> {
  const doc = await openScratch(content, extension);
  const line = content.split('\n').findIndex((l) => l.includes(needle));
  const pos = new vscode.Position(line, content.split('\n')[line].indexOf(needle) + 1);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
}

suite('hover in code files', () => {
  test('Terraform resource type → Amazon Data Firehose', async () => {
    const tf = 'resource "aws_kinesis_firehose_delivery_stream" "s" {\n  name = "clicks"\n}\n';
    const t = await hoverAt(tf, 'tf', 'aws_kinesis_firehose');
    assert.match(t, /Amazon Data Firehose/);
    assert.match(t, /Terraform type/);
  });

  test('Python boto3 client → Amazon DynamoDB; a lambda keyword → no DE Study hover', async () => {
    const py = 'import boto3\ntable = boto3.resource("dynamodb").Table("orders")\nkey = lambda r: r["id"]\n';
    assert.match(await hoverAt(py, 'py', '"dynamodb"'), /Amazon DynamoDB/);
    assert.doesNotMatch(await hoverAt(py, 'py', 'lambda r'), /DE Study/);
  });

  test('CloudFormation type → AWS Glue crawler, part of AWS Glue', async () => {
    const t = await hoverAt('Resources:\n  C:\n    Type: AWS::Glue::Crawler\n', 'yaml', 'AWS::Glue::Crawler');
    assert.match(t, /AWS Glue crawler/);
    assert.match(t, /Part of/);
  });

  test('awswrangler call → Amazon Athena', async () => {
    const py = 'import awswrangler as wr\n\ndf = wr.athena.read_sql_query("SELECT 1", database="sales")\n';
    assert.match(await hoverAt(py, 'py', 'wr.athena'), /Amazon Athena/);
  });

  test('CDK alias bound by the file\'s import, TypeScript and Python → AWS Step Functions', async function () {
    this.timeout(120000); // the first .ts file starts VS Code's TypeScript server, whose hover is awaited too
    const ts = "import * as sfn from 'aws-cdk-lib/aws-stepfunctions';\n\nnew sfn.StateMachine(this, 'Nightly', {});\n";
    const tsHover = await hoverAt(ts, 'ts', 'sfn.StateMachine');
    assert.match(tsHover, /AWS Step Functions/);
    assert.match(tsHover, /CDK module/);
    const py = 'from aws_cdk import (\n    Stack,\n    aws_stepfunctions as sfn,\n)\n\nmachine = sfn.StateMachine(self, "Nightly")\n';
    assert.match(await hoverAt(py, 'py', 'sfn.StateMachine'), /AWS Step Functions/);
    assert.match(await hoverAt(py, 'py', 'aws_stepfunctions'), /CDK module/);
  });

  test('Java SDK import → Amazon Kinesis Data Streams', async () => {
    const java = 'import software.amazon.awssdk.services.kinesis.KinesisClient;\n\nclass Reader {}\n';
    assert.match(await hoverAt(java, 'java', 'services.kinesis'), /Amazon Kinesis Data Streams/);
  });

  test('lowercase prose → Amazon S3; a plain English file with batch, config, glue and lambda → no AWS hover', async () => {
    const ops = '# Checklist\n\n- list all s3 files under the landing prefix before the load\n';
    assert.match(await hoverAt(ops, 'md', 's3 files'), /Amazon Simple Storage Service/);
    // The negatives come after a hover that must exist, so an inactive provider cannot pass them.
    const plain = 'Shop notes\n\nMix one batch of glue at a time.\nThe config of the clamps matters.\nlambda marks the load line on the plan.\n';
    for (const word of ['batch', 'glue', 'config', 'lambda']) assert.doesNotMatch(await hoverAt(plain, 'md', word), /Search notes|Quiz me/, word);
  });

  test('the hover\'s "Open note" link opens the service\'s note', async () => {
    const md = await hoverAt('Type: AWS::Athena::WorkGroup\n', 'yaml', 'AWS::Athena');
    const link = /\[Open note\]\(command:deStudy\.openNote\?([^)]+)\)/.exec(md);
    assert.ok(link, 'no Open note link');
    const [args] = JSON.parse(decodeURIComponent(link[1])) as [{ file: string; line: number }];
    await vscode.commands.executeCommand('deStudy.openNote', args);
    assert.match(vscode.window.activeTextEditor?.document.uri.fsPath ?? '', /athena\.md$/);
  });

  test('DEStudy.hoverEnabled = false turns the hover off', async () => {
    const config = vscode.workspace.getConfiguration('DEStudy');
    await config.update('hoverEnabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await hoverAt('Amazon Athena queries S3.', 'md', 'Athena'), /DE Study/);
    } finally {
      await config.update('hoverEnabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('settings read once are re-read after each change: DEStudy.hoverExcludeLanguages off, then on again', async () => {
    const config = vscode.workspace.getConfiguration('DEStudy');
    const md = () => hoverAt('Amazon Athena queries S3.', 'md', 'Athena');
    const py = () => hoverAt('import boto3\nathena = boto3.client("athena")\n', 'py', '"athena"');
    assert.match(await md(), /Amazon Athena/, 'the hover before the change');
    await config.update('hoverExcludeLanguages', ['markdown'], vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await md(), /Search notes|Quiz me/, 'markdown excluded');
      assert.match(await py(), /Amazon Athena/, 'python still hovered');
    } finally {
      await config.update('hoverExcludeLanguages', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(await md(), /Amazon Athena/, 'markdown hovered again once the exclusion is removed');
  });
});

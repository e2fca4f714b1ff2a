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

  test('deStudy.hover.enabled = false turns the hover off', async () => {
    const config = vscode.workspace.getConfiguration('deStudy');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await hoverAt('Amazon Athena queries S3.', 'md', 'Athena'), /DE Study/);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

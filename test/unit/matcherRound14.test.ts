import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Classes of the fourteenth draw of real code, and the CDK convention settled with it: the CDK core's App and Stack
// used bare, the CDK CLI's variables, commands and config file; a package the file declares; Go's `aws.Config`; a Rust
// crate's own client types; awswrangler's S3 Select; a capitalised "Crawler"; the Glue library's repository, Glue's
// versions, the .NET Lambda CLI and Lambda's log groups. Fixtures are our own words in the idioms of the draw.
describe('service matcher: idioms of a fourteenth draw', () => {
  before(() => { bundledKb(); });

  /** The hover (matchAt with the file's context) answers as the whole-file scan at every position of the text. */
  function hoverAgrees(text: string): void {
    const m = bundledKb().matcher;
    const lines = text.split('\n');
    const scanned = m.scanText(text);
    const file = m.fileContext(text);
    lines.forEach((line, n) => {
      for (let ch = 0; ch < line.length; ch++) {
        const want = scanned.find((x) => x.line === n && ch >= x.column && ch < x.endColumn);
        assert.deepStrictEqual(m.matchAt((k) => lines[k], n, ch, file), want, `${n + 1}:${ch + 1} in ${JSON.stringify(line)}`);
      }
    });
  }

  it('reads the CDK core\'s App, Stack and StackProps imported by name as the CDK, and no other core helper', () => {
    const py = 'from aws_cdk import App, Duration, RemovalPolicy, Stack\nfrom constructs import Construct\n\nclass Ingest(Stack):\n    def __init__(self, scope: Construct, name: str) -> None:\n        super().__init__(scope, name)\n        keep = RemovalPolicy.RETAIN\n        wait = Duration.minutes(5)\n\napp = App()';
    assert.deepStrictEqual(found(py), [['aws_cdk', 'cdk'], ['App', 'cdk'], ['Stack', 'cdk'], ['Stack', 'cdk'], ['App', 'cdk']]);
    hoverAgrees(py);
    const ts = "import { App, Stack, StackProps, Tags } from 'aws-cdk-lib';\nexport class Feed extends Stack {\n  constructor(scope: App, id: string, props?: StackProps) { super(scope, id, props); Tags.of(this).add('team', 'data'); }\n}";
    assert.deepStrictEqual(found(ts).map(([t]) => t), ['App', 'Stack', 'StackProps', 'aws-cdk-lib', 'Stack', 'App', 'StackProps']);
    // Without an import of the CDK, App and Stack are any program's names.
    assert.deepStrictEqual(ids('from webkit import App, Stack\napp = App()\nclass Screen(Stack):\n    pass'), []);
  });

  it('reads the core imported whole (C#\'s using Amazon.CDK, Java\'s awscdk.*) the same way', () => {
    const cs = '\uFEFFusing Amazon.CDK;\n\nvar app = new App();\nnew FeedStack(app, "Feed", new StackProps { Env = new Amazon.CDK.Environment() });\napp.Synth();';
    assert.deepStrictEqual(found(cs).map(([t, id]) => `${t} ${id}`), ['Amazon.CDK cdk', 'App cdk', 'StackProps cdk', 'Amazon.CDK cdk']);
    hoverAgrees(cs);
    const java = 'import software.amazon.awscdk.*;\n\npublic class FeedStack extends Stack {\n    public FeedStack(final App scope, final String id) { super(scope, id); }\n}';
    assert.deepStrictEqual(ids(java), ['cdk', 'cdk', 'cdk']);
  });

  it('reads the CDK CLI\'s variables, commands, config file and manifest types as the CDK', () => {
    assert.deepStrictEqual(found('env = {"account": os.environ["CDK_DEFAULT_ACCOUNT"], "region": os.environ["CDK_DEFAULT_REGION"]}'),
      [['CDK_DEFAULT_ACCOUNT', 'cdk'], ['CDK_DEFAULT_REGION', 'cdk']]);
    assert.deepStrictEqual(found('Set the bucket name in `cdk.json`, then run `npx cdk synth`.'), [['cdk.json', 'cdk'], ['cdk synth', 'cdk']]);
    const manifest = '{\n  "artifacts": {\n    "Tree": {\n      "type": "cdk:tree",\n      "properties": { "file": "tree.json" }\n    }\n  }\n}';
    assert.deepStrictEqual(found(manifest), [['cdk:tree', 'cdk']]);
    hoverAgrees(manifest);
    // A file of the program's own named like it is no mention.
    assert.deepStrictEqual(ids('cp settings/mycdk.json out/'), []);
  });

  it('leaves a package the file declares to the program: only an import names the service', () => {
    const scala = 'package com.amazonaws.services.glue.samples.reader\n\nimport com.amazonaws.services.glue.GlueContext\n\nclass Reader(ctx: GlueContext)';
    assert.deepStrictEqual(found(scala), [['com.amazonaws.services.glue', 'glue'], ['GlueContext', 'glue'], ['GlueContext', 'glue']]);
    assert.deepStrictEqual(ids('package com.amazonaws.services.lambda.samples.orders;'), []);
  });

  it('reads Go\'s aws.Config as the SDK\'s settings, not AWS Config', () => {
    const go = 'import "github.com/aws/aws-sdk-go/aws"\n\nsess := session.Must(session.NewSession(&aws.Config{Region: aws.String("eu-west-1")}))\n// AWS Config keeps the history of each resource.';
    assert.deepStrictEqual(found(go).filter(([, id]) => id === 'config'), [['AWS Config', 'config']]);
    hoverAgrees(go);
  });

  it('leaves the client types of a crate that is not AWS\'s to the program', () => {
    const rs = 'use mail_report::clients::{RdsClient, SqsClient};\nuse aws_sdk_sns::Client;\n\nlet db = RdsClient::connect(&settings);';
    assert.deepStrictEqual(found(rs), [['aws_sdk_sns', 'sns']]);
    // The same names imported from nowhere of the program's are still read as the SDK's.
    assert.deepStrictEqual(ids('let queue = SqsClient::new(&config);'), ['sqs']);
  });

  it('reads awswrangler\'s S3 Select call as S3 Select, the most specific service', () => {
    const py = 'import awswrangler as wr\nrows = wr.s3.select_query(sql="SELECT * FROM s3object", path=path, input_serialization="CSV")\nframe = wr.s3.read_csv(path)';
    assert.deepStrictEqual(found(py).map(([t, id]) => `${t} ${id}`), ['wr.s3 s3-select', 'wr.s3 s3']);
  });

  it('reads a capitalised "Crawler" where the file names Glue crawlers clearly, and not as a YAML key', () => {
    const md = '# Catalog tools\n\nThese scripts undo what an AWS Glue crawler changed.\n\n### Crawler Rollback\n\nRun it after the crawler finishes.';
    assert.deepStrictEqual(found(md), [['AWS Glue crawler', 'glue-crawler'], ['Crawler', 'glue-crawler'], ['crawler', 'glue-crawler']]);
    hoverAgrees(md);
    // Nothing names the service clearly: a heading word stays a word.
    assert.deepStrictEqual(ids('### Crawler Rollback\n\nThe web crawler stops at midnight.'), []);
    // A CloudFormation logical id is the template's own name; its type is the mention.
    assert.deepStrictEqual(found('Resources:\n  Crawler:\n    Type: AWS::Glue::Crawler'), [['AWS::Glue::Crawler', 'glue-crawler']]);
    // A heading writes the short name in title case: "Glue Crawler" is the crawler, not Glue and a crawler.
    assert.deepStrictEqual(found('## Glue Crawler'), [['Glue Crawler', 'glue-crawler']]);
  });

  it('reads the Glue library installed from its repository, and a Glue or EMR release, as the service', () => {
    const sh = '#!/bin/bash\npip install git+https://github.com/awslabs/aws-glue-libs.git\necho "Copying the jars of Glue 4"\necho "Runs on EMR 6.15."';
    assert.deepStrictEqual(found(sh), [['aws-glue-libs', 'glue'], ['Glue', 'glue'], ['EMR', 'emr']]);
    hoverAgrees(sh);
    // A link to the repository names a page, and a bare word before a number stays a word elsewhere.
    assert.deepStrictEqual(ids('See https://github.com/awslabs/aws-glue-libs for the source.'), []);
    assert.deepStrictEqual(ids('Apply glue 2 times before the paint dries.'), []);
  });

  it('reads the .NET Lambda CLI quoted in its defaults file and Lambda\'s log groups as Lambda', () => {
    const json = '{\n  "Information": [\n    "Run the following for the list of commands:",\n    "dotnet lambda help"\n  ]\n}';
    assert.deepStrictEqual(found(json), [['dotnet lambda', 'lambda']]);
    const yaml = 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: !Sub "/aws/lambda/${Worker}"';
    assert.deepStrictEqual(found(yaml), [['AWS::Logs::LogGroup', 'cloudwatch-logs'], ['/aws/lambda/', 'lambda']]);
    hoverAgrees(yaml);
    // A page's address that holds the path is a page.
    assert.deepStrictEqual(ids('https://example.com/aws/lambda/guide'), []);
  });
});

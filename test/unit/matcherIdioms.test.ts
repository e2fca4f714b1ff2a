import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { NOTES_DIR } from './paths';

// Idioms of real code and docs: services named by another service's former name, other AWS services
// whose names contain a listed one, CDK L1 constructs, SDK clients bound by a declaration, runtime libraries.
describe('service matcher: names inside other names and bound SDK idioms', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });
  const found = (text: string) => kb.matcher.scanText(text).map((m) => [m.text, m.serviceId]);
  const hover = (text: string, needle: string) => {
    const lines = text.split('\n');
    const n = lines.findIndex((l) => l.includes(needle));
    return kb.matcher.matchAt((k) => lines[k], n, lines[n].indexOf(needle) + 1, kb.matcher.fileContext(text))?.serviceId;
  };

  it('gives a Terraform type to the longest claimed prefix: aws_cloudwatch_event_* is EventBridge', () => {
    assert.deepStrictEqual(found('resource "aws_cloudwatch_event_rule" "nightly" {}\nresource "aws_cloudwatch_metric_alarm" "errors" {}'),
      [['aws_cloudwatch_event_rule', 'eventbridge'], ['aws_cloudwatch_metric_alarm', 'cloudwatch']]);
    assert.deepStrictEqual(found('Type: AWS::Events::Rule\nPrincipal: events.amazonaws.com').map((m) => m[1]), ['eventbridge', 'eventbridge']);
    // The STS GetCallerIdentity call behind Terraform's caller-identity data source.
    assert.deepStrictEqual(found('data "aws_caller_identity" "me" {}').map((m) => m[1]), ['sts']);
  });

  it('reads "VPC Lattice" and other unlisted AWS services as no mention of the service inside them', () => {
    assert.deepStrictEqual(found('Route requests through Amazon VPC Lattice to the AWS Lambda targets.'), [['AWS Lambda', 'lambda']]);
    assert.deepStrictEqual(found('The VPC Lattice service network spans two accounts; each Amazon VPC attaches to it.'), [['Amazon VPC', 'vpc']]);
    assert.strictEqual(hover('Bake the AMI with EC2 Image Builder.', 'EC2'), undefined);
    assert.ok(!kb.matcher.allNames().some((n) => n.serviceId === ''));
  });

  it('names the service of a CDK L1 construct written as <module>.Cfn<Name>, even in prose', () => {
    assert.deepStrictEqual(found('We build on `sqs.CfnQueue` and `kinesis.CfnStream` because no L2 fits.'),
      [['sqs.CfnQueue', 'sqs'], ['kinesis.CfnStream', 'kinesis-data-streams']]);
    assert.deepStrictEqual(found('props.CfnThing and self.CfnOther are not modules'), []);
  });

  it('reads lower-case "ddb" before a table noun as DynamoDB only with AWS context', () => {
    assert.deepStrictEqual(found('# the ddb table holds one row per order'), []);
    assert.deepStrictEqual(found('Orders live in Amazon DynamoDB.\n\nREGION = "" # home region of the ddb table').map((m) => m[1]), ['dynamodb', 'dynamodb']);
  });

  it('binds a Java variable declared with an SDK client type and named as its service', () => {
    const java = 'class Tags {\n  void run(S3Client s3, SqsClient queueClient) {\n    s3.getObjectTagging(request);\n    queueClient.sendMessage(m);\n  }\n}';
    assert.strictEqual(hover(java, 's3.getObject'), 's3');
    assert.strictEqual(hover(java, 'queueClient.send'), undefined);
  });

  it('knows the Java enhanced DynamoDB client, the Athena federation SDK and the Go Lambda runtime', () => {
    assert.strictEqual(hover('import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;', 'software'), 'dynamodb');
    assert.strictEqual(hover('import com.amazonaws.athena.connector.lambda.handlers.RecordHandler;', 'com.amazonaws'), 'athena');
    const go = 'package main\n\nimport "github.com/aws/aws-lambda-go/lambda"\n\nfunc main() {\n\tlambda.Start(handle)\n}';
    assert.strictEqual(hover(go, 'lambda.Start'), 'lambda');
    assert.strictEqual(hover('package main\n\nfunc main() {\n\tlambda.Start(handle)\n}', 'lambda.Start'), undefined);
  });

  it('names a Java class imported from an AWS package after its service wherever the file uses it', () => {
    const java = 'import software.amazon.awssdk.policybuilder.iam.IamStatement;\nimport software.amazon.awssdk.regions.Region;\n\nIamStatement allow = build(Region.US_EAST_1);';
    assert.deepStrictEqual(found(java).filter((m) => !m[0].startsWith('software')), [['IamStatement', 'iam']]);
    assert.deepStrictEqual(found('class Local {\n  IamStatement allow = build();\n}'), []);
  });

  it('names CodeDeploy by its AWS-defined deployment configurations', () => {
    assert.deepStrictEqual(found('config = "CodeDeployDefault.OneAtATime"'), [['CodeDeployDefault.OneAtATime', 'codedeploy']]);
  });
});

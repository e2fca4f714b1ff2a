import * as assert from 'assert';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { bundledKb, found, ids } from './bundledMatcher';

// Classes of the twelfth draw of real code and of a precision sweep over files outside every draw: names the
// program chose that spell a service (a Go struct field, a class of its own module, a folder setting, a variable
// shaped like a Terraform type, a class imported from another JVM library), an engine's name where the text names
// AWS's service of it, an SDK's service key in a table, "a command line interface", and a CDK module path of a
// service without a note. Fixtures are our own words in the idioms of the draw.
describe('service matcher: idioms of a twelfth draw', () => {
  let kb: KnowledgeBase;
  before(() => { kb = bundledKb(); });

  it('leaves a Go struct field or type named as a service to the program', () => {
    const go = 'import "github.com/aws/aws-sdk-go-v2/service/s3"\ntype Record struct {\n\tS3 struct {\n\t\tKey string `json:"key"`\n\t} `json:"s3"`\n\tLambda *LambdaInfo\n\tKinesis string\n}\ntype DynamoDB struct {\n}\nin := s3.GetObjectInput{}';
    assert.deepStrictEqual(found(go), [['service/s3', 's3'], ['s3.GetObjectInput', 's3']]);
    // A line that opens with a service's name in prose still names it.
    assert.deepStrictEqual(ids('S3 buckets keep the raw files.'), ['s3']);
    assert.deepStrictEqual(ids('Kinesis Data Streams\nholds the clicks'), ['kinesis-data-streams']);
  });

  it('leaves a class the program declares to the program', () => {
    assert.deepStrictEqual(ids('import * as cdk from "aws-cdk-lib";\nexport class CloudFront extends Construct {\n}'), ['cdk']);
    assert.deepStrictEqual(ids('import boto3\nclass Kinesis:\n    pass\nclass Redshift(Base):\n    pass'), []);
    assert.deepStrictEqual(ids('type S3 = { bucket: string };\ninterface SQS {\n}'), []);
    // Prose that says "class" or "type" before a name still names it.
    assert.deepStrictEqual(ids('Each storage class Amazon S3 offers has its own price.'), ['s3']);
  });

  it('reads a class imported from the program\'s own module as the program\'s, in TypeScript and Python', () => {
    const ts = 'import { CloudFront } from "./cloudfront";\nimport Kinesis from "../streams/kinesis";\nconst edge = new CloudFront(this, "Edge");\nnew Kinesis(this, "Clicks");\n// Amazon CloudFront serves the pages.';
    assert.deepStrictEqual(found(ts), [['Amazon CloudFront', 'cloudfront']]);
    // A comment keeps the word's meaning: "create the CloudFront distribution" is the service.
    assert.deepStrictEqual(ids('import { CloudFront } from "./cloudfront";\n// 3. Create the CloudFront distribution\nconst cf = new CloudFront(this);'), ['cloudfront']);
    const py = 'from .stacks.kinesis import Kinesis\nfrom . import Redshift as Warehouse\nKinesis(app, "clicks")';
    assert.deepStrictEqual(ids(py), []);
    // From an AWS library the same class is the service's.
    assert.deepStrictEqual(ids('import { CloudFront } from "@aws-sdk/client-cloudfront";\nconst cf = new CloudFront({});'), ['cloudfront', 'cloudfront', 'cloudfront']);
  });

  it('leaves the value of a folder or file setting to the program', () => {
    const py = 'import boto3\nlanguages = {\n    "Bash": {"base_folder": "aws-cli", "service_folder": "aws-cli/bash/{{name}}"},\n    "Go": {"outputDir": "dynamodb"},\n}\nnote = "Uses the AWS CLI"';
    assert.deepStrictEqual(found(py), [['AWS CLI', 'aws-cli']]);
    assert.deepStrictEqual(ids('build:\n  output_path: cloudformation\n  target: CloudFormation'), ['cloudformation']);
    // A key that merely ends in "file" is no path setting.
    assert.deepStrictEqual(ids('profile: "S3 uploads"'), ['s3']);
  });

  // The CDK CLI's environment variables were left out here, as the labels of rounds 1 and 12 read them; round 14 settled
  // the convention the other way (matcherRound14.test.ts).

  it('reads OpenSearch as the service only where the text names the service clearly', () => {
    assert.deepStrictEqual(ids('The stack builds an OpenSearch domain.'), ['opensearch-service']);
    assert.deepStrictEqual(ids('Each Elasticsearch domain keeps three nodes.'), ['opensearch-service']);
    assert.deepStrictEqual(ids('# Demo\nCreates a public OpenSearch domain.\n\n![OpenSearch](diagram.png)'), ['opensearch-service', 'opensearch-service']);
    assert.deepStrictEqual(ids('Amazon OpenSearch Service indexes the logs.\nOpenSearch Dashboards shows them.'), ['opensearch-service', 'opensearch-service']);
    // The engine alone, even in an AWS file: no service.
    assert.deepStrictEqual(ids('OpenSearch runs in a container on the laptop.'), []);
    assert.deepStrictEqual(ids('import boto3\n# OpenSearch runs in a local container for the tests\ns3 = boto3.client("s3")'), ['s3']);
    // A hover agrees with the scan.
    const text = 'Creates a public OpenSearch domain.\n\n![OpenSearch](diagram.png)';
    const lines = text.split('\n');
    const file = kb.matcher.fileContext(text);
    assert.strictEqual(kb.matcher.matchAt((n) => lines[n], 2, 4, file)?.serviceId, 'opensearch-service');
    assert.strictEqual(kb.matcher.matchAt((n) => lines[n], 0, 0, kb.matcher.fileContext('![OpenSearch](x.png)')), undefined);
  });

  it('reads a service key mapped to a string in a table keyed by SDK service names', () => {
    const py = 'import boto3\noverrides = {\n    "s3-control": "java/example_code/s3/batch",\n    "medical-imaging": "java/example_code/imaging",\n}';
    assert.deepStrictEqual(found(py).filter((m) => m[0] === 's3-control'), [['s3-control', 's3']]);
    // A key over settings or a number stays the program's (the name rule may still read a distinctive word).
    assert.deepStrictEqual(kb.matcher.scanText('import boto3\nlimits = {\n    "timestream-query": 3,\n    "bedrock-runtime": {"retries": 2},\n}').filter((m) => m.kind === 'sdk'), []);
  });

  it('reads a one-word class imported from another JVM library as that library\'s class', () => {
    const scala = 'import com.amazonaws.services.glue.GlueContext\nimport org.apache.spark.sql.connector.read.{Batch, Scan}\n/** Batch of input splits. */\nclass Splits extends Batch {';
    assert.deepStrictEqual(ids(scala), ['glue', 'glue']);
    assert.deepStrictEqual(ids('import org.example.jobs.Batch;\nBatch nightly = new Batch();'), []);
    // From the AWS SDK the class is the service's.
    assert.deepStrictEqual(ids('import com.amazonaws.services.batch.AWSBatch;\n// Batch runs the nightly jobs'), ['batch', 'batch', 'batch']);
  });

  it('leaves "a command line interface" without AWS before it to any tool', () => {
    assert.deepStrictEqual(ids('import boto3\nYou can also build this from a command line interface.'), []);
    assert.deepStrictEqual(ids('Install the AWS Command Line Interface first.'), ['aws-cli']);
    // Capitalised beside an AWS account it stays the AWS CLI, as round 4's labels read it.
    assert.deepStrictEqual(ids('Sign in to the AWS account via a Command Line Interface (CLI).'), ['aws-cli']);
  });

  it('reads a CDK module path of a service without a note as no mention, not as the CDK', () => {
    assert.deepStrictEqual(ids('import { GraphqlApi } from "aws-cdk-lib/aws-appsync";'), []);
    assert.deepStrictEqual(ids('import * as sqs from "aws-cdk-lib/aws-sqs";\nimport { App } from "aws-cdk-lib";'), ['sqs', 'sqs', 'cdk', 'cdk']);
  });

  it('leaves a variable the program assigns, shaped like a Terraform type, to the program', () => {
    const py = 'import boto3\naws_glue_regions = ["us-east-1", "eu-west-1"]\nif region not in aws_glue_regions:\n    raise ValueError(region)';
    assert.deepStrictEqual(ids(py), []);
    assert.deepStrictEqual(ids('resource "aws_glue_job" "load" {\n  name = "load"\n}'), ['glue']);
    // In prose or SQL the type still names its service.
    assert.deepStrictEqual(ids('SELECT aws_lambda.invoke(:fn, :payload);'), ['lambda']);
  });
});

import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Idiom classes of a seventh draw of real code and two own draws from other repositories: SDK client
// interfaces and type stubs, botocore ids and model files, connector and log-group values, the .NET CDK,
// CDK core classes and factories, Lambda's Go events; and what is no mention: snippet tags, web addresses,
// quoted relative paths, another product's CLI, a class imported from a library that is not the service's.
describe('service matcher: idioms of a seventh draw and of other repositories', () => {
  before(() => { bundledKb(); });

  it('reads Java v1 and .NET client interfaces and builders, long service names included', () => {
    assert.deepStrictEqual(found('AmazonIdentityManagement iam = AmazonIdentityManagementClientBuilder.defaultClient();'),
      [['AmazonIdentityManagement', 'iam'], ['AmazonIdentityManagementClientBuilder', 'iam']]);
    assert.deepStrictEqual(ids('AWSGlue glue = AWSGlueClientBuilder.standard().build();'), ['glue', 'glue']);
    assert.deepStrictEqual(ids('AmazonDynamoDBAsync db = null;'), ['dynamodb']);
    assert.deepStrictEqual(found('private readonly IAmazonS3 _files;'), [['IAmazonS3', 's3']]);
    // A managed policy name starts with a service's SDK name but is no client.
    assert.deepStrictEqual(ids('policies.add("AWSLambdaBasicExecutionRole");'), []);
  });

  it('reads boto3 type stubs and quoted botocore ids in an AWS file, not keys or English ids', () => {
    const py = 'import boto3\nfrom mypy_boto3_athena import AthenaClient\nNAMES = ["kinesisanalyticsv2", "lambda"]\ncfg = {"s3": {"bucket": "b"}}\ndef res() -> "DynamoDBServiceResource": ...';
    assert.deepStrictEqual(found(py), [['mypy_boto3_athena', 'athena'], ['AthenaClient', 'athena'], ['kinesisanalyticsv2', 'managed-service-for-apache-flink'], ['DynamoDBServiceResource', 'dynamodb']]);
    assert.deepStrictEqual(ids('names = ["bedrock-runtime", "kinesis"]'), [], 'no AWS file, no service id');
  });

  it('keeps a class imported from another library a word: botocore\'s Config is not AWS Config', () => {
    const py = 'import boto3\nfrom botocore.config import Config\nretries: Config | None = Config(retries={"max_attempts": 3})\n# AWS Config records the bucket settings.';
    assert.deepStrictEqual(found(py), [['AWS Config', 'config']]);
  });

  it('reads Athena connector packages, Glue connector types and Glue\'s own log groups', () => {
    const py = 'from awsglue.context import GlueContext\nopts = {"className": "com.amazonaws.athena.connectors.cloudwatch", "schemaName": "/aws-glue/jobs/error"}\nsrc = read(connection_type="custom.athena")';
    assert.deepStrictEqual(found(py).slice(2), [['com.amazonaws.athena.connectors', 'athena'], ['cloudwatch', 'cloudwatch'], ['/aws-glue/jobs', 'glue'], ['athena', 'athena']]);
    assert.deepStrictEqual(ids('import boto3\nmode = "custom.settings"'), []);
  });

  it('reads the .NET CDK, the dotnet lambda tool and Lambda\'s Java packages', () => {
    assert.deepStrictEqual(found('using Amazon.CDK;\nusing Amazon.CDK.AWS.DynamoDB;'), [['Amazon.CDK', 'cdk'], ['Amazon.CDK.AWS.DynamoDB', 'dynamodb']]);
    assert.deepStrictEqual(found('Then run `dotnet lambda deploy-function` from the project folder.'), [['dotnet lambda', 'lambda']]);
    assert.deepStrictEqual(ids('Add `aws-lambda-java-core` to the build file.'), ['lambda']);
    assert.deepStrictEqual(ids('Run `dotnet build` first.'), []);
  });

  it('reads the CDK\'s own Cfn classes and factories named after another service', () => {
    const py = 'from aws_cdk import CfnOutput, Stack, aws_backup as backup\nCfnOutput(self, "Url", value=url)\nbackup.BackupResource.from_dynamo_db_table(table)';
    assert.deepStrictEqual(found(py), [['aws_cdk', 'cdk'], ['CfnOutput', 'cdk'], ['Stack', 'cdk'], ['aws_backup', 'backup'], ['CfnOutput', 'cdk'], ['backup.BackupResource', 'backup'], ['dynamo_db', 'dynamodb']]);
    const ts = 'import * as backup from "aws-cdk-lib/aws-backup";\nbackup.BackupResource.fromEc2Instance(server);';
    assert.deepStrictEqual(found(ts).slice(1), [['backup.BackupResource', 'backup'], ['Ec2', 'ec2']]);
  });

  it('reads a botocore model file\'s operation and shape names, and Go\'s Lambda event types', () => {
    const json = '{\n  "pagination": {\n    "DescribeDirectConnectGateways": {\n      "input_token": "nextToken",\n      "result_key": "directConnectGateways"\n    }\n  }\n}';
    assert.deepStrictEqual(ids(json), ['direct-connect', 'direct-connect']);
    const go = 'import "github.com/aws/aws-lambda-go/events"\nfunc h(e events.SQSEvent) {}\nfunc k(e events.KinesisEvent) {}\nvar c events.Context';
    assert.deepStrictEqual(found(go), [['aws-lambda-go', 'lambda'], ['events.SQSEvent', 'sqs'], ['events.KinesisEvent', 'kinesis-data-streams']]);
  });

  it('reads the event classes of Lambda\'s libraries by their source, in prose too, not the program\'s own events', () => {
    assert.deepStrictEqual(found('Takes `APIGatewayV2ProxyRequestEvent` and returns `APIGatewayV2ProxyResponseEvent`.').map((m) => m[1]), ['api-gateway', 'api-gateway']);
    assert.deepStrictEqual(ids('import boto3\n# CloudWatchEvent, KinesisEvent, SNSEvent, KinesisFirehoseEvent'), ['eventbridge', 'kinesis-data-streams', 'sns', 'data-firehose']);
    assert.deepStrictEqual(ids('class S3UploadEvent:\n    pass\nemit(OrderEvent())'), []);
  });

  it('reads endpoints built with a format string, not CloudFront\'s request headers (round 17: header names are field names)', () => {
    assert.deepStrictEqual(ids('"CloudFront-Is-Mobile-Viewer": ["false"]'), []);
    assert.deepStrictEqual(found('url = "https://athena.%s.amazonaws.com" % region'), [['athena.%s.amazonaws.com', 'athena']]);
  });

  it('reads the AWS classes of Iceberg and Hadoop, not a Glue session\'s magics (round 3 labels them no mention)', () => {
    assert.deepStrictEqual(found('"%glue_version 4.0\\n",\n"%idle_timeout 60\\n",'), []);
    assert.deepStrictEqual(ids('"catalog-impl": "org.apache.iceberg.aws.glue.GlueCatalog", "io-impl": "org.apache.iceberg.aws.s3.S3FileIO"'), ['glue-data-catalog', 's3']);
    assert.deepStrictEqual(ids('import org.apache.iceberg.hive.HiveCatalog;'), []);
  });

  it('reads the adapter type of a dbt profile, and only in a dbt profile', () => {
    assert.deepStrictEqual(found('lake:\n  outputs:\n    prod:\n      type: glue\n      workers: 2\n  target: prod'), [['glue', 'glue']]);
    assert.deepStrictEqual(ids('steps:\n  - type: athena'), []);
  });

  it('finds no mention in snippet tags, web addresses, quoted relative paths or another product\'s CLI', () => {
    const java = 'import software.amazon.awssdk.services.s3.S3Client;\nS3Client s3 = S3Client.create();\n// snippet-end:[s3.java2.list_buckets.main]';
    assert.deepStrictEqual(found(java).map((m) => m[0]), ['software.amazon.awssdk.services.s3', 'S3Client', 'S3Client', 'S3Client']);
    assert.deepStrictEqual(ids('# see https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_sqs/Queue.html'), []);
    assert.deepStrictEqual(ids('import boto3\npath = "cloudformation/{}.yaml".format(name)\nscript = \'glue/jobs/load.py\''), []);
    assert.deepStrictEqual(ids('Paste the prompt into Kiro CLI or Codex CLI, then set the AWS profile.'), []);
    assert.deepStrictEqual(ids('The AWS CLI uses us-east-1 by default.'), ['aws-cli']);
  });
});

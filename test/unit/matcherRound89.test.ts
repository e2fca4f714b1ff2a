import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Idiom classes of the eighth and ninth draws of real code: the `aws` program beside the service it calls,
// Lambda's Go library, ECR Public's host, Glue connection types in Scala and Java, a Glue database or table
// as the Data Catalog's, VPC endpoint services of the CDK, S3 Express ARNs, the Kinesis Data Analytics SQL
// name, boto3 clients of hyphenated services; and what is no
// mention: "CLI" alone, a registry module named after a resource kind, a web address's path, "Config mapping".
describe('service matcher: idioms of an eighth and ninth draw', () => {
  before(() => { bundledKb(); });

  it('reads an `aws <service> …` command as the AWS CLI and the service it calls', () => {
    assert.deepStrictEqual(found('To open a shell: `aws ssm start-session --target i-0abc`'), [['aws', 'aws-cli'], ['ssm start-session', 'systems-manager']]);
    assert.deepStrictEqual(ids('aws lambda invoke --function-name Loader out.json'), ['aws-cli', 'lambda']);
    // Lambda's own log-group prefix names Lambda too (round 14).
    assert.deepStrictEqual(ids('aws --region eu-west-1 logs tail /aws/lambda/loader --follow'), ['aws-cli', 'cloudwatch-logs', 'lambda']);
    // No service after `aws`, or no CLI operation after the service: prose, no AWS CLI.
    assert.deepStrictEqual(ids('Check the aws account settings first.'), []);
    assert.deepStrictEqual(found('import boto3\nCreate an aws lambda function for it.'), [['aws lambda function', 'lambda']]);
  });

  it('takes "CLI" alone for no tool: only "AWS CLI" or the `aws` program is the AWS CLI', () => {
    assert.deepStrictEqual(ids('import boto3\nCreate the role by running this CLI command.\nType the CLI commands in a terminal.'), []);
    assert.deepStrictEqual(ids('Install the AWS CLI and the SAM CLI.'), ['aws-cli', 'sam']);
  });

  it('reads any package of Lambda\'s Go library as Lambda', () => {
    const go = 'import (\n\t"context"\n\t"github.com/aws/aws-lambda-go/lambdacontext"\n)';
    assert.deepStrictEqual(found(go), [['aws-lambda-go', 'lambda']]);
  });

  it('reads ECR Public\'s registry host, S3 Express ARNs and actions', () => {
    // Since round 18 the `lambda` repository of a base image is Lambda's too.
    assert.deepStrictEqual(found('Base images are pulled from `public.ecr.aws/lambda/python:3.12`.'), [['public.ecr.aws', 'ecr'], ['lambda', 'lambda']]);
    assert.deepStrictEqual(ids('"Resource": "arn:aws:s3express:eu-west-1:111122223333:bucket/hot--euw1-az1--x-s3"'), ['s3']);
    assert.deepStrictEqual(ids('"Action": "s3express:CreateSession"'), ['s3']);
  });

  it('reads a Glue connection type by its key in Scala and Java, even in a file without imports', () => {
    const scala = 'val src = glueContext.getSource(\n  connectionType = "marketplace.athena",\n  connectionOptions = opts)';
    assert.deepStrictEqual(found(scala), [['athena', 'athena']]);
    assert.deepStrictEqual(ids('val mode = "custom.settings"'), []);
  });

  it('reads a Glue database or table as the Data Catalog\'s, a Glue job still as Glue', () => {
    assert.deepStrictEqual(found('Each run adds partitions to the AWS Glue database named in the job.'), [['AWS Glue', 'glue-data-catalog']]);
    assert.deepStrictEqual(ids('import boto3\n# copy the glue tables of the raw zone'), ['glue-data-catalog']);
    assert.deepStrictEqual(ids('Start the AWS Glue job after the load.'), ['glue']);
    assert.deepStrictEqual(ids('Put the glue table by the window.'), [], 'a lower-case word without AWS context');
  });

  it('reads the CDK\'s VPC endpoint services as the service the endpoint reaches', () => {
    const java = 'import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;\nvpc.addInterfaceEndpoint("Messages", opts(InterfaceVpcEndpointAwsService.SSM_MESSAGES));\nlist(InterfaceVpcEndpointAwsService.LAMBDA, InterfaceVpcEndpointAwsService.SECRETS_MANAGER);';
    const spans = found(java).filter((m) => m[0] !== 'InterfaceVpcEndpointAwsService' && m[0] !== 'addInterfaceEndpoint').slice(1);
    assert.deepStrictEqual(spans, [['SSM_MESSAGES', 'systems-manager'], ['LAMBDA', 'lambda'], ['SECRETS_MANAGER', 'secrets-manager']]);
    assert.deepStrictEqual(ids('ec2.GatewayVpcEndpointAwsService.DYNAMODB'), ['dynamodb']);
  });

  it('reads the Kinesis Data Analytics SQL name as the SQL service, not Flink', () => {
    assert.deepStrictEqual(ids('See the Amazon Kinesis Data Analytics SQL Developer Guide.'), ['kinesis-data-analytics-sql']);
    assert.deepStrictEqual(ids('Amazon Kinesis Data Analytics for Apache Flink runs the job.'), ['managed-service-for-apache-flink']);
  });

  it('binds a boto3 client of a hyphenated service to its Python name', () => {
    const py = 'import boto3\nemr_serverless = boto3.client("emr-serverless")\nemr_serverless.start_application(applicationId=app)';
    assert.deepStrictEqual(ids(py), ['emr-serverless', 'emr-serverless']);
  });

  it('reads a registry module named after a service, not one named after a resource kind', () => {
    assert.deepStrictEqual(ids('module "sg" {\n  source = "terraform-aws-modules/security-group/aws"\n}'), []);
    assert.deepStrictEqual(ids('module "flow" {\n  source = "terraform-aws-modules/step-functions/aws"\n}'), ['step-functions']);
    assert.deepStrictEqual(ids('module "events" {\n  source = "terraform-aws-modules/msk-kafka-cluster/aws"\n}'), ['msk']);
  });

  it('finds no mention in a web address\'s path, a "Config mapping" heading or the CDK examples\' own package', () => {
    assert.deepStrictEqual(ids('import boto3\nRead [the guide](https://docs.aws.amazon.com/autoscaling/ec2/userguide/index.html) first.'), []);
    assert.deepStrictEqual(ids('import boto3\n## Config mapping (what moves across)\nAWS Config records it.'), ['config']);
    assert.deepStrictEqual(ids('package software.amazon.awscdk.examples;\nimport software.amazon.awscdk.Stack;'), ['cdk', 'cdk']);
  });

  it('keeps ordinary prose silent', () => {
    const text = 'Use this CLI to batch the config files.\nThe glue table holds the lambda values.\nBake one batch; see https://example.com/glue/lambda/config.';
    assert.deepStrictEqual(found(text), []);
  });
});

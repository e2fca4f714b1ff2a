import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Classes of the seventeenth and eighteenth draws of real code. No mention: an HTTP header, a tag key or an object's
// field set to a literal that happens to carry a service's word. Mentions: ambiguous names that vouch for each other
// in a JSON description, a one-word name split in lower case before its nouns, .NET's spelled-out client class, a
// JavaScript client's base exception, Lambda's .NET tools file and base images, Bedrock's API version, a Glue session
// kernel written in title case, and EC2's CloudFormation namespace for the network types other than the VPC itself.
// Fixtures are our own words in the idioms of the draws.
describe('service matcher: idioms of the seventeenth and eighteenth draws', () => {
  before(() => { bundledKb(); });

  it('reads no service in a request header\'s name, a tag key or an API field set to a literal', () => {
    const event = '{\n  "headers": {\n    "CloudFront-Viewer-Country": "DE",\n    "CloudFront-Is-Desktop-Viewer": "true"\n  }\n}';
    assert.deepStrictEqual(ids(event), []);
    const tags = '{\n  "Tags": [\n    { "Key": "aws-cdk:subnet-type", "Value": "Private" }\n  ]\n}';
    assert.deepStrictEqual(ids(tags), []);
    const ts = "import * as cdk from 'aws-cdk-lib';\nconst scan = {\n  resourceTypes: {\n    ec2: true,\n    ecr: false,\n  },\n};";
    assert.deepStrictEqual(found(ts), [['aws-cdk-lib', 'cdk']]);
    // A client variable or a CDK module alias stays its service, and so does the CDK package by name.
    const js = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst clients = {\n  s3: new S3Client({}),\n};\nconst net = new ec2.Vpc(this, 'Net');";
    assert.deepStrictEqual(found(js), [['ec2', 'ec2'], ['aws-cdk-lib/aws-ec2', 'ec2'], ['s3', 's3'], ['S3Client', 's3'], ['ec2', 'ec2'], ['Vpc', 'vpc']]);
    assert.deepStrictEqual(ids('npm install -g aws-cdk'), ['cdk']);
  });

  it('lets three ambiguous names of different services on one line vouch for each other, not two', () => {
    const json = '{\n  "title": "A Batch job behind API Gateway that writes to Lambda through CDK",\n  "level": 2\n}';
    assert.deepStrictEqual(ids(json), ['batch', 'api-gateway', 'lambda', 'cdk']);
    assert.deepStrictEqual(ids('{\n  "title": "Config and Batch settings"\n}'), [], 'two names are not enough');
    assert.deepStrictEqual(ids('the lambda and the glue and the batch of cookies'), [], 'lower-case words are English');
  });

  it('reads a one-word name split in lower case before one of its nouns, not elsewhere', () => {
    const md = 'Use AWS Secrets Manager for the token.\nThe sample builds a cloud formation stack for the pipeline.';
    assert.deepStrictEqual(found(md).map((m) => m[1]), ['secrets-manager', 'cloudformation']);
    assert.deepStrictEqual(ids('Use AWS Secrets Manager.\nWe watched cloud formation over the hills.'), ['secrets-manager']);
  });

  it('reads .NET\'s spelled-out SNS client and a JavaScript client\'s base exception', () => {
    assert.deepStrictEqual(found('var notifier = new AmazonSimpleNotificationServiceClient();'), [['AmazonSimpleNotificationServiceClient', 'sns']]);
    const js = 'import { S3Client } from "@aws-sdk/client-s3";\nif (err.name === "S3ServiceException") retry();';
    assert.deepStrictEqual(found(js).slice(2), [['S3ServiceException', 's3']]);
    assert.deepStrictEqual(ids('if (err.name === "OrderServiceException") retry();'), [], 'no AWS file, no SDK exception');
  });

  it('reads Lambda\'s .NET tools file and base images, Bedrock\'s API version and a Glue session kernel in title case', () => {
    assert.deepStrictEqual(found('The settings in `aws-lambda-tools-defaults.json` pick the build image.'), [['aws-lambda-tools-defaults.json', 'lambda']]);
    assert.deepStrictEqual(found('FROM public.ecr.aws/lambda/python:3.12'), [['public.ecr.aws', 'ecr'], ['lambda', 'lambda']]);
    assert.deepStrictEqual(ids('FROM public.ecr.aws/docker/library/node:20'), ['ecr']);
    assert.deepStrictEqual(found('body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200}'), [['bedrock-2023-05-31', 'bedrock']]);
    assert.deepStrictEqual(found('{\n "kernelspec": {\n  "display_name": "Glue PySpark",\n  "name": "Python_Glue_Session"\n }\n}'),
      [['Glue PySpark', 'glue'], ['Python_Glue_Session', 'glue']]);
  });

  it('reads EC2\'s CloudFormation namespace for network types, the VPC type as the VPC', () => {
    assert.deepStrictEqual(ids('{ "Type": "AWS::EC2::SecurityGroup" }'), ['ec2']);
    assert.deepStrictEqual(ids('Resources:\n  Egress:\n    Type: AWS::EC2::NatGateway'), ['ec2']);
    assert.deepStrictEqual(ids('Resources:\n  Net:\n    Type: AWS::EC2::VPC'), ['vpc']);
    assert.deepStrictEqual(ids('resource "aws_security_group" "db" {}'), ['vpc'], 'Terraform\'s types stay as the VPC note claims them');
  });
});

// Small files of every kind the hover reads (Terraform, CloudFormation and SAM, Serverless Framework,
// prose, TypeScript with the CDK and SDK v3, Python with boto3, awswrangler and a CDK import block, Java,
// Go, Rust, .NET, an IAM policy, shell). The extension hovers each mention in them once, in idle time right
// after activation, so that a user's first hover of any kind finds every pattern, file-context rule and
// render path already run (V8 compiles functions and regular expressions on their first call).
import type { ServiceMatcher } from './index';

export const WARM_UP_FILES: readonly string[] = [
  `terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}
module "lake_bucket" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
resource "aws_glue_job" "nightly" {
  role_arn = "arn:aws:iam::123456789012:role/etl"
}
resource "aws_cloudwatch_event_rule" "hourly" {}
data "aws_iam_policy_document" "read" {
  statement { actions = ["s3:GetObject", "glue:GetTable"] }
}
output "bucket" { value = module.lake_bucket.s3_bucket_id }
`,
  `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::SQS::Queue
  Loader:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        FromOrders:
          Type: SQS
      Role: !GetAtt LoaderRole.Arn
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      Principal: states.amazonaws.com
      Endpoint: https://glue.\${AWS::Region}.amazonaws.com
`,
  `service: ingest
provider:
  name: aws
functions:
  load:
    handler: app.handler
    events:
      - sqs: arn:aws:sqs:us-east-1:123456789012:orders
      - schedule: rate(1 hour)
      - http: GET /status
`,
  `# Loading the lake

Raise the default lambda memory, then list all s3 files under the landing prefix.
Amazon Data Firehose (formerly Kinesis Data Firehose) writes to Amazon S3, a Glue crawler fills the Glue DataCatalog, and Athena reads it.
The secret manager holds the warehouse password; see the Redshift notes.
Run \`aws s3 cp s3://landing/day.csv .\`, then \`cdk deploy\` and \`sam build\` (the SAM CLI).
Batch these writes; the config file and the glue code stay as they are.
`,
  `import * as cdk from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { aws_ecs as ecs, pipelines } from 'aws-cdk-lib';
import * as targets from '@aws-cdk/aws-route53-targets';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const AWS = require('aws-sdk');
const s3 = new S3Client({});
const ddb = new AWS.DynamoDB();
const app = new cdk.App();
new sqs.Queue(stack, 'Orders');
new ecs.Cluster(stack, 'Jobs', { capacity: ecs.PlatformCapability.FARGATE });
new pipelines.CodePipeline(stack, 'Deploy', {});
await s3.send(new PutObjectCommand({ Bucket: 'lake' }));
`,
  `import boto3
import awswrangler as wr
import redshift_connector
from awswrangler import athena, catalog
from aws_cdk import (
    aws_stepfunctions as sfn,
    aws_lambda,
)
from awsglue.context import GlueContext
firehose = boto3.client("firehose")
table = boto3.Session().resource('dynamodb').Table("orders")
frame = wr.athena.read_sql_query("select 1", database="lake")
wr.s3.to_parquet(frame, path="s3://lake/orders/")
firehose.put_record(DeliveryStreamName="events", Record={"Data": b"x"})
args = ["--enable-glue-datacatalog"]
__all__ = ["athena", "catalog"]
`,
  `import software.amazon.awssdk.services.glue.GlueClient;
import com.amazonaws.services.kinesis.AmazonKinesis;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedFargateService;
public class Loader {
  GlueClient glue = GlueClient.create();
  void run() throws AmazonKinesisException { glue.startJobRun(request); }
}
`,
  `package main

import (
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
)

func main() {
	_ = &dynamodb.PutItemInput{}
	lambda.Start(handler)
}
`,
  `use aws_sdk_sqs as sqs;
let client = aws_sdk_s3::Client::new(&config);
`,
  `using Amazon.DynamoDBv2;
using Amazon.Lambda.KinesisEvents;
var client = new AmazonAthenaClient();
public void Handle(KinesisEvent e) {}
`,
  `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["glue:GetTable", "s3:Get*", "kms:Decrypt"],
    "Resource": "arn:aws:s3:::lake/*",
    "Principal": { "Service": "lambda.amazonaws.com" }
  }]
}
`,
  `#!/bin/sh
aws --region us-east-1 stepfunctions start-execution --state-machine-arn "$FLOW"
aws configure list
aws glue start-crawler --name raw
`,
];

/** Where to hover in a warm-up file: every mention the matcher finds, and the start of every line (mostly misses). */
export function warmUpPositions(matcher: ServiceMatcher, text: string): { line: number; character: number }[] {
  const positions = matcher.scanText(text).map((m) => ({ line: m.line, character: m.column }));
  text.split('\n').forEach((l, line) => { if (l.trim()) positions.push({ line, character: l.search(/\S/) }); });
  return positions;
}

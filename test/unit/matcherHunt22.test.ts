import * as assert from 'assert';
import { bundledKb, onLine } from './bundledMatcher';

// Classes of the hover22 hunt on files no round had drawn: a Python CDK module imported by its dotted path, a
// CloudFormation dynamic reference, the error names of a Step Functions task, the AWS CLI quoted in a notebook
// cell, Java's star import of a CDK module, Rust's Lambda crates, the SageMaker Python SDK, a Glue job's special
// parameters, and setting names of a job's own arguments.
// Fixtures are our own words in the idioms of the files read.
describe('service matcher: idioms of the hover22 hunt', () => {
  before(() => { bundledKb(); });


  it('reads a CDK module imported by its dotted Python path as its service, whatever Terraform calls it', () => {
    const py = 'import aws_cdk as cdk\nimport aws_cdk.aws_logs as logs\nimport aws_cdk.aws_stepfunctions as sfn\nimport aws_cdk.aws_ec2 as ec2\n\ntrail = logs.LogGroup(self, "Trail")';
    assert.deepStrictEqual(onLine(py, 1), ['aws_logs cloudwatch-logs']);
    assert.deepStrictEqual(onLine(py, 2), ['aws_stepfunctions step-functions']);
    const kinds = bundledKb().matcher.scanText(py).filter((m) => m.line === 3).map((m) => m.kind);
    assert.strictEqual(kinds[0], 'cdk', 'a CDK module, not a Terraform type');
  });

  it('reads the store a CloudFormation dynamic reference resolves from', () => {
    const yaml = 'Resources:\n  Feed:\n    Type: AWS::Events::Connection\n    Properties:\n      ClientId: \'{{resolve:secretsmanager:PartnerCreds:SecretString:id}}\'\n      Stage: "{{resolve:ssm:/feeds/stage}}"\n      Key: "{{resolve:ssm-secure:/feeds/key:2}}"';
    assert.deepStrictEqual(onLine(yaml, 4), ['secretsmanager secrets-manager']);
    assert.deepStrictEqual(onLine(yaml, 5), ['ssm ssm-parameter-store']);
    assert.deepStrictEqual(onLine(yaml, 6), ['ssm-secure ssm-parameter-store']);
    // The store's id is read from the reference alone: the same words in a description name nothing.
    assert.deepStrictEqual(onLine('Resources:\n  Note:\n    Value: "resolve the secrets later"', 2), []);
  });

  it('reads a Step Functions task error by the service the task called', () => {
    const asl = '{\n  "StartAt": "Score",\n  "States": {\n    "Score": {\n      "Type": "Task",\n      "Resource": "arn:aws:states:::lambda:invoke",\n      "Retry": [{ "ErrorEquals": ["Lambda.TooManyRequestsException", "Lambda.Unknown"] }],\n      "Catch": [{ "ErrorEquals": ["Glue.ConcurrentRunsExceededException"], "Next": "Tidy" }]\n    }\n  }\n}';
    assert.deepStrictEqual(onLine(asl, 6), ['Lambda lambda', 'Lambda lambda']);
    assert.deepStrictEqual(onLine(asl, 7), ['Glue glue']);
    const ts = "import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\nscore.addRetry({ errors: ['Lambda.ServiceException'], maxAttempts: 3 });";
    assert.deepStrictEqual(onLine(ts, 1), ['Lambda lambda']);
    // Outside AWS code such a string is some library's error: an ambiguous word stays a word.
    assert.deepStrictEqual(onLine('const known = ["Config.ParseError", "Batch.TimeoutError"];', 0), []);
  });

  it('reads the AWS CLI in a quoted notebook cell or after a shell escape', () => {
    const ipynb = '{\n "cells": [{\n  "source": [\n   "!aws s3 cp scores.csv s3://team-drop/in/\\n",\n   "aws emr-serverless start-job-run \\\\\\n"\n  ]\n }]\n}';
    assert.deepStrictEqual(onLine(ipynb, 3).slice(0, 2), ['aws aws-cli', 's3 cp s3']);
    assert.deepStrictEqual(onLine(ipynb, 4), ['aws aws-cli', 'emr-serverless start-job-run emr-serverless']);
    // A quoted phrase with no CLI operation is prose: the service alone.
    assert.deepStrictEqual(onLine('{"text": "an aws lambda function reads it"}', 0).map((m) => m.split(' ').pop()), ['lambda']);
  });

  it('reads classes of a CDK module imported whole in Java', () => {
    const java = 'import software.amazon.awscdk.Stack;\nimport software.amazon.awscdk.services.ec2.*;\n\npublic class EdgeStack extends Stack {\n    public EdgeStack(final Construct scope, final String id) {\n        super(scope, id);\n        Vpc net = Vpc.Builder.create(this, "Edge").maxAzs(2).build();\n        Instance box = Instance.Builder.create(this, "Box").vpc(net).build();\n    }\n}';
    assert.deepStrictEqual(onLine(java, 6), ['Vpc vpc', 'Vpc vpc']);
    assert.deepStrictEqual(onLine(java, 7), [], 'a class named after no service stays a word');
    // A class the program declares is its own, whatever it spells.
    const own = 'import software.amazon.awscdk.services.ec2.*;\nclass VpcNotes { }\nVpcNotes n = new VpcNotes();';
    assert.deepStrictEqual(onLine(own, 2), []);
  });

  it('reads Rust\'s Lambda crates as Lambda and their event types as the event\'s source', () => {
    const rs = 'use aws_lambda_events::event::sqs::SqsEvent;\nuse lambda_runtime::{service_fn, LambdaEvent, Error};\n\nasync fn handle(event: LambdaEvent<SqsEvent>) -> Result<(), Error> {\n    Ok(())\n}';
    assert.deepStrictEqual(onLine(rs, 0).map((m) => m.split(' ')[1]).sort(), ['lambda', 'sqs', 'sqs']);
    assert.deepStrictEqual(onLine(rs, 1), ['lambda_runtime lambda']);
    assert.deepStrictEqual(onLine(rs, 3), ['SqsEvent sqs']);
  });

  it('reads the SageMaker Python SDK by its package, imported or qualified', () => {
    const py = 'import sagemaker\nfrom sagemaker.estimator import Estimator\nrun = sagemaker.session.Session(boto_session)\nsagemaker_bucket = "models"';
    assert.deepStrictEqual(onLine(py, 1), ['sagemaker sagemaker-ai']);
    assert.deepStrictEqual(onLine(py, 2), ['sagemaker sagemaker-ai']);
    assert.deepStrictEqual(onLine(py, 3), [], 'a variable of the program\'s is its own name');
  });

  it('reads the service a Glue job\'s special parameter turns on', () => {
    const py = 'import boto3\nglue = boto3.client("glue")\ndefaults = {\n    "--enable-continuous-cloudwatch-log": "true",\n    "--enable-s3-parquet-optimized-committer": "",\n    "--enable-metrics": "",\n}';
    assert.deepStrictEqual(onLine(py, 3), ['cloudwatch cloudwatch-logs']);
    assert.deepStrictEqual(onLine(py, 4), ['s3 s3']);
    assert.deepStrictEqual(onLine(py, 5), []);
  });

  it('reads no service in the setting names of a job\'s own arguments', () => {
    const py = 'import boto3\nfrom awsglue.utils import getResolvedOptions\nargs = getResolvedOptions(sys.argv, ["JOB_NAME", "DOCDB_USER", "DOCDB_PASSWORD"])\nwho = args["DOCDB_USER"]\nkind = "EXPORT_REVISIONS_TO_S3"';
    assert.deepStrictEqual(onLine(py, 2), []);
    assert.deepStrictEqual(onLine(py, 3), []);
    assert.deepStrictEqual(onLine(py, 4), ['S3 s3'], 'an AWS enum value still names its service');
  });
});

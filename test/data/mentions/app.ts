import { FirehoseClient, PutRecordCommand } from "@aws-sdk/client-firehose"; ⟦expect: data-firehose⟧
import { KinesisClient } from "@aws-sdk/client-kinesis"; ⟦expect: kinesis-data-streams⟧
import { DynamoDBClient } from "@aws-sdk/client-dynamodb"; ⟦expect: dynamodb⟧
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3"; ⟦expect: s3⟧
import { SFNClient } from "@aws-sdk/client-sfn"; ⟦expect: step-functions⟧
import * as cdk from "aws-cdk-lib"; ⟦expect: cdk⟧
import * as kinesis from "aws-cdk-lib/aws-kinesis"; ⟦expect: kinesis-data-streams⟧
import * as s3 from "aws-cdk-lib/aws-s3"; ⟦expect: s3⟧
import * as sfn from "aws-cdk-lib/aws-stepfunctions"; ⟦expect: step-functions⟧
import * as lambda from "aws-cdk-lib/aws-lambda"; ⟦expect: lambda⟧
import { Construct } from "constructs";

const firehose = new FirehoseClient({ region: "us-east-1" }); ⟦expect: data-firehose⟧
const ddb = new DynamoDBClient({}); ⟦expect: dynamodb⟧
const legacy = new AWS.S3(); ⟦expect: s3⟧
const http = new HttpClient();
const mongo = new MongoClient(url);
const square = (x: number) => x * x;
const config = loadConfig("./config.json");
export const batchSize = 100;

export class IngestStack extends cdk.Stack { ⟦expect: cdk⟧
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stream = new kinesis.Stream(this, "Clicks", { shardCount: 2 }); ⟦expect: kinesis-data-streams⟧
    const bucket = new s3.Bucket(this, "Raw"); ⟦expect: s3⟧
    const fn = new lambda.Function(this, "Transform", { runtime: lambda.Runtime.NODEJS_20_X, handler: "index.handler", code: lambda.Code.fromAsset("src") }); ⟦expect: lambda⟧
    stream.grantRead(fn);
    bucket.grantWrite(fn);
  }
}

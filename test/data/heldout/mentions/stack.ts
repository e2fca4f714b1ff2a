import * as cdk from 'aws-cdk-lib'; ⟦expect: cdk⟧
import * as s3 from 'aws-cdk-lib/aws-s3'; ⟦expect: s3⟧
import * as sfn from 'aws-cdk-lib/aws-stepfunctions'; ⟦expect: step-functions⟧
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks'; ⟦expect: step-functions⟧
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs'; ⟦expect: lambda⟧
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns'; ⟦expect: ecs⟧
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions'; ⟦expect: sns⟧
import { KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis'; ⟦expect: kinesis-data-streams⟧
import { AthenaClient } from '@aws-sdk/client-athena'; ⟦expect: athena⟧

const app = new cdk.App(); ⟦expect: cdk⟧
const bucket = new s3.Bucket(stack, 'Landing', { versioned: true }); ⟦expect: s3⟧
const machine = new sfn.StateMachine(stack, 'Loader', { definitionBody }); ⟦expect: step-functions⟧
const fn = new nodejs.NodejsFunction(stack, 'Parse', { entry: 'parse.ts' }); ⟦expect: lambda⟧
const kinesis = new KinesisClient({ region: 'us-east-1' }); ⟦expect: kinesis-data-streams⟧
await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: id, Data: payload })); ⟦expect: kinesis-data-streams⟧
// The config object below holds UI settings only.
const config = { batch: 20, glue: false };

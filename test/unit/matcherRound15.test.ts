import * as assert from 'assert';
import { bundledKb, found, ids, onLine } from './bundledMatcher';

// Classes of the fifteenth draw of real code, and the convention points settled for round 16: an AWS managed policy's
// name is no mention (its ARN stays IAM's); a task of the CDK's aws-stepfunctions-tasks names the service it calls;
// the request and response types of a .NET Lambda events package; a CDK interface imported by name; Lake Formation's
// IAM_ALLOWED_PRINCIPALS. Fixtures are our own words in the idioms of the draw.
describe('service matcher: idioms of a fifteenth draw', () => {
  before(() => { bundledKb(); });


  it('reads no service in an AWS managed policy\'s name, and IAM in its ARN', () => {
    const py = 'from aws_cdk import aws_iam as iam\nextra = [\n    iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSGlueServiceRole"),\n    iam.ManagedPolicy.from_aws_managed_policy_name("AmazonKinesisReadOnlyAccess"),\n    "CloudWatchFullAccess",\n]';
    assert.deepStrictEqual([2, 3, 4].map((n) => onLine(py, n)), [['iam.ManagedPolicy iam'], ['iam.ManagedPolicy iam'], []]);
    const ts = "import * as iam from 'aws-cdk-lib/aws-iam';\nrole.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Read', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'));";
    assert.deepStrictEqual(ids(ts).filter((id) => id !== 'iam'), [], 'the ARN is IAM\'s, not S3\'s');
    assert.ok(found(ts).some(([t, id]) => t.startsWith('arn:aws:iam::aws:policy/') && id === 'iam'), 'the ARN is found');
  });

  it('reads a Step Functions task by the service it calls, not as Step Functions', () => {
    const ts = "import * as sfn from 'aws-cdk-lib/aws-stepfunctions';\nimport * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\nconst check = new tasks.LambdaInvoke(this, 'Check Export', { lambdaFunction: checker });\nconst load = new tasks.GlueStartJobRun(this, 'Load', { glueJobName: 'load' });\nconst run = new tasks.EcsRunTask(this, 'Run', { cluster });\nconst wait = new tasks.EvaluateExpression(this, 'Next', { expression: '$.n + 1' });\nconst flow = new sfn.StateMachine(this, 'Flow', { definition: check });";
    const byLine = (n: number) => onLine(ts, n).map((m) => m.split(' ')[1]);
    assert.deepStrictEqual(byLine(2), ['lambda']);
    assert.deepStrictEqual(byLine(3), ['glue']);
    assert.deepStrictEqual(byLine(4), ['ecs']);
    // A task named after no service stays its module's, as any member reached through a CDK module's alias.
    assert.deepStrictEqual(byLine(5), ['step-functions']);
    assert.deepStrictEqual(byLine(6), ['step-functions']);
    const py = 'from aws_cdk import aws_stepfunctions_tasks as tasks\n\nstep = tasks.LambdaInvoke(self, "Score", lambda_function=score)';
    assert.deepStrictEqual(ids(py).slice(1), ['lambda']);
    // Imported by name, the class is read the same way.
    assert.deepStrictEqual(ids("import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';\nnew LambdaInvoke(this, 'Score', { lambdaFunction: fn });"), ['lambda', 'step-functions', 'lambda']);
  });

  it('reads the request and response types of a .NET Lambda events package as the event\'s source', () => {
    const cs = 'using Amazon.Lambda.Core;\nusing Amazon.Lambda.APIGatewayEvents;\n\npublic class Handler\n{\n    public APIGatewayProxyResponse Get(APIGatewayProxyRequest input, ILambdaContext context)\n    {\n        return new APIGatewayProxyResponse { StatusCode = 200 };\n    }\n}';
    const on = (n: number) => onLine(cs, n);
    assert.deepStrictEqual(on(5), ['APIGatewayProxyResponse api-gateway', 'APIGatewayProxyRequest api-gateway']);
    assert.deepStrictEqual(on(7), ['APIGatewayProxyResponse api-gateway']);
    // Without the package, a type of that name is the program's own.
    assert.deepStrictEqual(ids('public class Shim\n{\n    public ApiProxyResponse Get(ApiProxyRequest input) => null;\n}'), []);
  });

  it('reads a CDK interface imported by name as its class\'s service, and keeps ec2.IVpc its module\'s', () => {
    const java = 'package com.example.lake;\n\nimport software.amazon.awscdk.services.ec2.IVpc;\n\npublic interface LakeProps {\n    IVpc getNetwork();\n}';
    const on = (n: number) => onLine(java, n);
    assert.deepStrictEqual(on(2), ['software.amazon.awscdk.services.ec2 ec2', 'IVpc vpc']);
    assert.deepStrictEqual(on(5), ['IVpc vpc']);
    assert.deepStrictEqual(onLine('import * as ec2 from "aws-cdk-lib/aws-ec2";\nconst props: { net: ec2.IVpc } = x;', 1), ['ec2.IVpc ec2'], 'through the alias');
    // An interface of a library that is not the CDK's names nothing.
    assert.deepStrictEqual(ids('import com.example.net.IVpc;\n\nIVpc net = lookup();'), []);
  });

  it('reads Lake Formation\'s IAM_ALLOWED_PRINCIPALS as IAM', () => {
    assert.deepStrictEqual(found('1. Revoke every grant to IAM_ALLOWED_PRINCIPALS on the database.'), [['IAM', 'iam']]);
    assert.deepStrictEqual(ids('MY_IAM_ALLOWED_PRINCIPALS_LIST = []'), []);
  });
});

import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Idioms of a sixth draw of real code: Java/Kotlin CDK module paths, CDK Pipelines classes, .NET Lambda event
// packages, Go SDK subpackages, JavaScript clients named as their service, endpoints with a substituted
// Region, AWS-defined values that name a service, and folders of file-system paths.
describe('service matcher: CDK, SDK and shell idioms of a sixth draw', () => {
  before(() => { bundledKb(); });

  it('reads a Java or Kotlin CDK module path as its module, not as the CDK', () => {
    assert.deepStrictEqual(found('import software.amazon.awscdk.services.sqs.Queue;'), [['software.amazon.awscdk.services.sqs', 'sqs']]);
    // The pattern's class names the capacity it runs on (EC2 here, Fargate in …FargateService).
    assert.deepStrictEqual(ids('import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedEc2Service'), ['ecs', 'ec2']);
    // The core itself, and its Stack imported by name (the round-14 convention).
    assert.deepStrictEqual(ids('import software.amazon.awscdk.Stack;'), ['cdk', 'cdk']);
  });

  it('names the service a CDK Pipelines class builds', () => {
    const ts = "import * as pipelines from 'aws-cdk-lib/pipelines';\nconst p = new pipelines.CodePipeline(this, 'Deploy', {\n  input: pipelines.CodePipelineSource.gitHub('me/app', 'main'),\n  synth: new pipelines.ShellStep('Synth', {}),\n});";
    assert.deepStrictEqual(found(ts).slice(1), [
      ['pipelines.CodePipeline', 'codepipeline'], ['pipelines.CodePipelineSource', 'codepipeline'], ['pipelines.ShellStep', 'cdk'],
    ]);
  });

  it('names the event source of a .NET Lambda events package and its event type', () => {
    const cs = 'using Amazon.Lambda.Core;\nusing Amazon.Lambda.SQSEvents;\n\npublic void Handle(SQSEvent batch) { }';
    assert.deepStrictEqual(found(cs).filter((m) => m[1] !== 'lambda'), [['SQSEvents', 'sqs'], ['SQSEvent', 'sqs']]);
    assert.deepStrictEqual(found('public void Handle(SQSEvent batch) { }'), []);
  });

  it('binds a Go SDK subpackage named after its service', () => {
    const go = 'import (\n\t"github.com/aws/aws-sdk-go/service/sqs/sqsiface"\n\t"github.com/aws/aws-sdk-go/service/sqs/other"\n)\n\nvar q sqsiface.SQSAPI\nvar o other.Thing';
    assert.deepStrictEqual(found(go).filter((m) => !m[0].startsWith('service/')), [['sqsiface.SQSAPI', 'sqs']]);
  });

  it('binds a JavaScript client variable named as its service, SDK v2 or v3', () => {
    const v2 = "const AWS = require('aws-sdk');\nconst sqs = new AWS.SQS();\nawait sqs.sendMessage(params).promise();";
    assert.deepStrictEqual(found(v2).filter((m) => m[0].startsWith('sqs.')), [['sqs.sendMessage', 'sqs']]);
    const v3 = "import { SNSClient } from '@aws-sdk/client-sns';\nconst sns = new SNSClient({});\nconst topic = new SNSClient({});\nsns.send(cmd); topic.send(cmd);";
    assert.deepStrictEqual(found(v3).filter((m) => m[0].includes('.send')), [['sns.send', 'sns']]);
  });

  it('reads a service endpoint whose Region is substituted', () => {
    assert.deepStrictEqual(ids('Endpoint: !Sub "https://sqs.${AWS::Region}.amazonaws.com"'), ['sqs']);
  });

  it('knows AWS-defined values that name a service and the Redshift Python driver', () => {
    assert.deepStrictEqual(found('DefaultArguments:\n  "--enable-glue-datacatalog": "true"'), [['--enable-glue-datacatalog', 'glue-data-catalog']]);
    assert.deepStrictEqual(found('.launchType(LaunchType.FARGATE)'), [['LaunchType.FARGATE', 'fargate']]);
    assert.deepStrictEqual(found('import redshift_connector\nconn = redshift_connector.connect(host=h)').map((m) => m[1]), ['redshift', 'redshift']);
    assert.deepStrictEqual(found('my_redshift_connector = None'), []);
  });

  it('reads folders of a file-system path as the user\'s names, not services', () => {
    assert.deepStrictEqual(found('cp -r /opt/tools/glue/jobs/* ~/SageMaker/Athena\\ Queries/'), []);
    assert.deepStrictEqual(found('cd ./Lambda/src && zip'), []);
    assert.deepStrictEqual(ids('Move the Glue/Athena results to Amazon S3.'), ['glue', 'athena', 's3']);
  });
});

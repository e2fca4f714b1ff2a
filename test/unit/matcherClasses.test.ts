import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { camelWords } from '../../src/core/matcher/classWords';
import { NOTES_DIR } from './paths';

// Rules that generalise across languages: classes an AWS library defines and names after a service, library
// namespaces listed in the notes, Airflow's Amazon provider, AWS-defined values (event sources, Step Functions
// names, API enum values, notebook kernels), singular names and a brand's product nouns.
describe('service matcher: library classes, namespaces and AWS-defined values', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });
  const found = (text: string) => kb.matcher.scanText(text).map((m) => [m.text, m.serviceId]);
  const ids = (text: string) => [...new Set(found(text).map((m) => m[1]))];

  it('splits class names into CamelCase words, acronyms and digits included', () => {
    assert.deepStrictEqual(camelWords('DynamoDBToS3Operator').map((w) => w.word), ['dynamo', 'db', 'to', 's3', 'operator']);
    assert.deepStrictEqual(camelWords('SQSEvent').map((w) => w.word), ['sqs', 'event']);
    assert.deepStrictEqual(camelWords('ApplicationLoadBalancedEc2Service').map((w) => w.word), ['application', 'load', 'balanced', 'ec2', 'service']);
  });

  it('names the service inside a class imported from an AWS library, on the import and where it is used', () => {
    const ts = "import { SnsTopic, SqsQueue } from 'aws-cdk-lib/aws-events-targets';\nrule.addTarget(new SqsQueue(deadLetters));";
    assert.deepStrictEqual(found(ts).filter((m) => m[0] !== 'aws-cdk-lib/aws-events-targets'), [['SnsTopic', 'sns'], ['SqsQueue', 'sqs'], ['SqsQueue', 'sqs']]);
    const java = 'import software.amazon.awscdk.services.ec2.Vpc;\nVpc network = new Vpc(this, "Net");';
    assert.deepStrictEqual(found(java).slice(1), [['Vpc', 'vpc'], ['Vpc', 'vpc'], ['Vpc', 'vpc']]);
    const py = 'from aws_cdk.aws_lambda_event_sources import KinesisEventSource\nfn.add_event_source(KinesisEventSource(stream))';
    assert.ok(found(py).some((m) => m[0] === 'KinesisEventSource' && m[1] === 'kinesis-data-streams'), JSON.stringify(found(py)));
  });

  it('names both the module and the service a qualified CDK class is named after', () => {
    const py = 'from aws_cdk import aws_ec2 as ec2, aws_ecs_patterns as ecs_patterns\nnet = ec2.Vpc(self, "Net")\nsvc = ecs_patterns.ApplicationLoadBalancedFargateService(self, "Web")\nsg = ec2.SecurityGroup(self, "Sg")';
    assert.deepStrictEqual(ids('import * as ec2 from "aws-cdk-lib/aws-ec2";\nconst props: { vpc: ec2.IVpc } = x;'), ['ec2'], 'an interface type');
    assert.deepStrictEqual(found(py).slice(3), [['ec2', 'ec2'], ['Vpc', 'vpc'], ['ecs_patterns', 'ecs'], ['Fargate', 'fargate'], ['ec2.SecurityGroup', 'ec2']]);
    // Go constructors; an English service word of another module stays a word (`NewLambdaDestination` of s3notifications).
    const go = 'import (\n\t"github.com/aws/aws-cdk-go/awscdk/v2/awss3notifications"\n)\nd := awss3notifications.NewLambdaDestination(fn)\nq := awss3notifications.NewSqsDestination(queue)';
    assert.deepStrictEqual(found(go).slice(1), [['awss3notifications.NewLambdaDestination', 's3'], ['awss3notifications', 's3'], ['Sqs', 'sqs']]);
  });

  it('keeps a class of the program itself or of a non-AWS library a word', () => {
    assert.deepStrictEqual(found('class SqsQueueWrapper:\n    pass'), []);
    assert.deepStrictEqual(ids("import { SqsQueue } from './local/queues';\nnew SqsQueue(q);"), []);
  });

  it('counts an English service word in a class only in that service\'s own package', () => {
    // GlueTransform comes from the Glue library; BatchWriteItemRequest is DynamoDB's, not AWS Batch's.
    assert.deepStrictEqual(found('from awsglue.transforms import GlueTransform'), [['awsglue', 'glue'], ['GlueTransform', 'glue']]);
    const java = 'import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;\nBatchWriteItemRequest req = null;';
    assert.deepStrictEqual(ids(java), ['dynamodb']);
  });

  it('reads Airflow\'s Amazon provider: operator classes and transfer modules', () => {
    const dag = 'from airflow.providers.amazon.aws.operators.glue import GlueJobOperator\nfrom airflow.providers.amazon.aws.transfers.dynamodb_to_s3 import DynamoDBToS3Operator\nrun = GlueJobOperator(task_id="run")';
    assert.deepStrictEqual(found(dag), [['GlueJobOperator', 'glue'], ['DynamoDB', 'dynamodb'], ['S3', 's3'], ['GlueJobOperator', 'glue']]);
    assert.deepStrictEqual(ids('from airflow.providers.amazon.aws.operators.cloud_formation import CloudFormationCreateStackOperator'), ['cloudformation']);
  });

  it('reads library namespaces listed in the notes (KCL, KPL, Schema Registry, Powertools, Redshift JDBC)', () => {
    assert.deepStrictEqual(found('import software.amazon.kinesis.coordinator.Scheduler;'), [['software.amazon.kinesis', 'kinesis-client-library']]);
    // A package the file declares is its own name (round 14): only an import names the library.
    assert.deepStrictEqual(found('package software.amazon.kinesis.coordinator;'), []);
    assert.deepStrictEqual(ids('import com.amazonaws.services.kinesis.producer.KinesisProducer;'), ['kinesis-producer-library']);
    assert.deepStrictEqual(ids('import com.amazonaws.services.schemaregistry.serializers.GlueSchemaRegistryKafkaSerializer;'), ['glue-schema-registry']);
    assert.deepStrictEqual(found('from aws_lambda_powertools import Logger'), [['aws_lambda_powertools', 'lambda']]);
    assert.deepStrictEqual(ids('Class.forName("com.amazon.redshift.jdbc42.Driver");'), ['redshift']);
    // A class of Powertools named after another service: the REST resolver is API Gateway's.
    assert.deepStrictEqual(ids('from aws_lambda_powertools.event_handler import APIGatewayRestResolver'), ['lambda', 'api-gateway']);
  });

  it('reads AWS-defined values: event sources, Step Functions names, CDK metadata, Lambda variables, Glue kernels', () => {
    assert.deepStrictEqual(found('{ "source": ["aws.glue"], "detail-type": ["Glue Job State Change"] }').slice(0, 1), [['aws.glue', 'glue']]);
    assert.deepStrictEqual(found('"ErrorEquals": ["States.TaskFailed"]'), [['States.TaskFailed', 'step-functions']]);
    assert.deepStrictEqual(found('"Parameters": { "id.$": "States.Format(\'run-{}\', $.n)" }').map((m) => m[1]), ['step-functions']);
    assert.deepStrictEqual(found('    aws:cdk:path: Stack/Role/Resource'), [['aws:cdk:path', 'cdk']]);
    assert.deepStrictEqual(found('name = os.environ["AWS_LAMBDA_FUNCTION_NAME"]'), [['AWS_LAMBDA_FUNCTION_NAME', 'lambda']]);
    assert.deepStrictEqual(found('   "display_name": "Glue PySpark",\n   "name": "glue_pyspark"'), [['Glue PySpark', 'glue'], ['glue_pyspark', 'glue']]);
    assert.deepStrictEqual(found('"clean": "rm -rf cdk.out"'), [['cdk.out', 'cdk']]);
  });

  it('reads AWS API enum values in AWS code, not the program\'s own setting names', () => {
    const py = 'import boto3\njob = {"Type": "EXPORT_REVISIONS_TO_S3"}\nmode = "SSE_KMS"\nkind = "IMAGE_LAMBDA_FUNCTION"\nbucket = os.environ["S3_BUCKET"]\nname = "S3_BUCKET_NAME"\nenv = {"S3_STAGE": 1}\nsize = "LAMBDA_SIZE_X"';
    assert.deepStrictEqual(found(py), [['S3', 's3'], ['KMS', 'kms'], ['LAMBDA', 'lambda']]);
    assert.deepStrictEqual(found('job = {"Type": "EXPORT_REVISIONS_TO_S3"}'), [], 'no AWS context in the file');
  });

  it('reads a CDK module namespace of aws-cdk-lib, and a module import without the CDK itself', () => {
    const ts = "import * as cdk from 'aws-cdk-lib';\nnew cdk.aws_iam.PolicyStatement({});";
    assert.deepStrictEqual(found(ts), [['aws-cdk-lib', 'cdk'], ['cdk.aws_iam', 'iam']]);
    assert.deepStrictEqual(ids('from aws_cdk import aws_ec2 as ec2'), ['ec2']);
    assert.deepStrictEqual(ids('from aws_cdk import Stack, aws_ec2 as ec2'), ['cdk', 'ec2']);
  });

  it('reads the singular of a plural name and a brand\'s product nouns', () => {
    assert.deepStrictEqual(found('Publish to S3 on each Cloudwatch event of the job.').map((m) => m[1]), ['s3', 'eventbridge']);
    assert.deepStrictEqual(found('Each worker reads its Kinesis shards in order.'), [['Kinesis', 'kinesis-data-streams']]);
    assert.deepStrictEqual(found('Amazon Kinesis is a family of streaming services.'), [['Amazon Kinesis', 'amazon-kinesis']]);
  });

  it('names the compute platform of a CodeDeploy configuration', () => {
    assert.deepStrictEqual(found('config = "CodeDeployDefault.LambdaAllAtOnce"'), [['CodeDeployDefault', 'codedeploy'], ['Lambda', 'lambda']]);
    assert.deepStrictEqual(found('config = "CodeDeployDefault.OneAtATime"'), [['CodeDeployDefault.OneAtATime', 'codedeploy']]);
  });

  it('names the Lambda namespace of the Athena connector SDK', () => {
    assert.deepStrictEqual(found('import com.amazonaws.athena.connector.lambda.data.Block;').map((m) => m[1]), ['athena', 'lambda']);
  });
});

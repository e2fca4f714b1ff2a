import * as assert from 'assert';
import { bundledKb, found, ids, onLine } from './bundledMatcher';

// Classes of the sixteenth draw of real code: markdown's underscore emphasis around a name; a CDK module of one word
// after aws- known by its longest known prefix; a branded name written without its blanks; a Lambda function URL's
// host; a JavaScript client built by `…Client.from(…)` and named as its service; a sam or cdk command in an HTML code
// tag of a JSON string; a Go SDK service's `types` package; awswrangler's distributed packages. Fixtures are our own
// words in the idioms of the draw.
describe('service matcher: idioms of a sixteenth draw', () => {
  before(() => { bundledKb(); });


  it('reads a name inside markdown\'s underscore emphasis, and never inside an identifier\'s underscores', () => {
    const md = '# Lake audit\n\nWe keep the raw logs in an _Amazon S3_ bucket and query them with _Amazon\nAthena_.\n\n_Athena_ reads the _S3_ prefix, and a __DynamoDB table__ keeps the cursor.';
    assert.deepStrictEqual(onLine(md, 2), ['Amazon S3 s3']);
    assert.deepStrictEqual(onLine(md, 3), ['Athena athena'], 'an emphasis wrapped from the line above');
    assert.deepStrictEqual(onLine(md, 5), ['Athena athena', 'S3 s3', 'DynamoDB dynamodb']);
    // Asterisks and strike-through were never in the way; they stay so.
    assert.deepStrictEqual(ids('Results land in *Amazon S3* and **AWS Glue** runs the ~~Amazon EMR~~ job.'), ['s3', 'glue', 'emr']);
    // The program's names keep their underscores: no emphasis there.
    assert.deepStrictEqual(ids('my_s3_bucket = "raw"\n_s3_client = None\nself._s3 = None\nS3_ = 1\nclass Loader:\n    def __init__(self):\n        pass'), []);
    assert.deepStrictEqual(ids('prefix_Athena_suffix = 1'), []);
    assert.deepStrictEqual(ids('x = _Athena + 1'), [], 'an opening underscore without its closing one is an identifier\'s');
  });

  it('reads a CDK module of one word after aws- by its longest known prefix, whatever the alias', () => {
    const ts = "import * as r53r from 'aws-cdk-lib/aws-route53resolver';\n\nconst list = new r53r.CfnFirewallDomainList(this, 'Allowed', { domains: ['example.com'] });";
    assert.deepStrictEqual(onLine(ts, 2).map((m) => m.split(' ')[1]), ['route-53']);
    const py = 'from aws_cdk import aws_s3express as s3x\n\nbucket = s3x.CfnDirectoryBucket(self, "Fast", data_redundancy="SingleAvailabilityZone")';
    assert.deepStrictEqual(onLine(py, 2).map((m) => m.split(' ')[1]), ['s3']);
    // Two letters are no word of a module's name: Certificate Manager is not Cost Explorer (`aws-ce`).
    assert.deepStrictEqual(ids("import * as acm from 'aws-cdk-lib/aws-certificatemanager';\nconst cert = new acm.Certificate(this, 'Cert', { domainName });"), []);
  });

  it('reads a branded name written without its blanks, in the case written only', () => {
    assert.deepStrictEqual(found('The flow runs on [AWS StepFunctions](https://aws.amazon.com/step-functions/).'), [['AWS StepFunctions', 'step-functions']]);
    assert.deepStrictEqual(ids('Records go to Amazon DataFirehose first.'), ['data-firehose']);
    // `aws stepfunctions …` is the AWS CLI and its command, not a name.
    const cli = found('aws stepfunctions start-execution --state-machine-arn "$SM"');
    assert.ok(cli.some(([t, id]) => t === 'aws' && id === 'aws-cli'), JSON.stringify(cli));
    // Without its brand the joined word may be the program's own class.
    assert.deepStrictEqual(ids('class StepFunctions:\n    pass'), []);
  });

  it('reads a one-word name written as two words, in title case only', () => {
    assert.deepStrictEqual(ids('Errors go to Cloud Watch, and an Event Bridge rule retries them.'), ['cloudwatch', 'eventbridge']);
    assert.deepStrictEqual(ids('Deploy the stack with AWS Cloud Formation, then check Cloud Trail.'), ['cloudformation', 'cloudtrail']);
    assert.deepStrictEqual(ids('The widget acts as an event bridge between two apps we keep a cloud watch on.'), []);
  });

  it('reads a Lambda function URL\'s host as Lambda', () => {
    assert.deepStrictEqual(ids('{\n  "headers": { "host": "abcd1234.lambda-url.eu-west-1.on.aws" }\n}'), ['lambda']);
    assert.deepStrictEqual(ids('curl https://Q1W2E3.lambda-url.us-east-2.on.aws/orders'), ['lambda']);
    assert.deepStrictEqual(ids('{ "host": "shop.example.on.aws.example.com" }'), []);
  });

  it('binds a JavaScript client built by a library class\'s from() and named as its service', () => {
    const js = "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';\nconst base = new DynamoDBClient({});\nconst dynamodb = DynamoDBDocumentClient.from(base);\nawait dynamodb.send(new PutCommand({ TableName: table, Item: item }));";
    assert.deepStrictEqual(onLine(js, 4), ['dynamodb.send dynamodb']);
    // No `new` anywhere in the file: the client is still bound.
    assert.deepStrictEqual(onLine("import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nconst dynamodb = DynamoDBDocumentClient.from(base);\nawait dynamodb.send(cmd);", 2), ['dynamodb.send dynamodb']);
    // A variable of the program's own naming stays its own.
    const own = "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nconst store = DynamoDBDocumentClient.from(base);\nawait store.send(cmd);";
    assert.deepStrictEqual(onLine(own, 2), []);
  });

  it('reads a sam or cdk command in an HTML code tag of a JSON string', () => {
    assert.deepStrictEqual(ids('{ "cleanup": ["Remove it all: <code>sam delete</code>."] }'), ['sam']);
    assert.deepStrictEqual(ids('{ "deploy": "Then run <code>cdk deploy</code> from the root." }'), ['cdk']);
    assert.deepStrictEqual(ids('{ "note": "<b>sam</b> is my cat" }'), []);
  });

  it('binds a Go SDK service\'s types package, named or not', () => {
    const go = 'import (\n\t"github.com/aws/aws-sdk-go-v2/service/sqs"\n\t"github.com/aws/aws-sdk-go-v2/service/sqs/types"\n)\n\nvar attrs []types.QueueAttributeName\nvar cfg types.Config\nvar f = types.go';
    assert.deepStrictEqual(onLine(go, 5).map((m) => m.split(' ')[1]), ['sqs']);
    const aliased = 'import (\n\tsnstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"\n)\n\nvar topics []snstypes.Topic';
    assert.deepStrictEqual(onLine(aliased, 4).map((m) => m.split(' ')[1]), ['sns']);
    // A types package of no AWS import is the program's own.
    assert.deepStrictEqual(ids('import "example.com/shop/types"\n\nvar order types.Order'), []);
  });

  it('reads the Data Catalog\'s catalog of S3 table buckets as S3 Tables', () => {
    assert.deepStrictEqual(found('spark.sql("SELECT * FROM `s3tablescatalog/sales-bucket`.raw.orders")'), [['s3tablescatalog', 's3-tables']]);
    assert.deepStrictEqual(ids('warehouse = f"{account}:s3tablescatalog/{bucket}"'), ['s3-tables']);
    assert.deepStrictEqual(ids('my_s3tablescatalog_name = "x"'), []);
  });

  it('reads awswrangler\'s distributed packages by the service module they mirror', () => {
    assert.deepStrictEqual(found('from awswrangler.distributed.ray.modin.athena._read import _read_distributed'), [['athena', 'athena']]);
    assert.deepStrictEqual(found('from awswrangler.distributed.ray import ray_get'), []);
  });
});

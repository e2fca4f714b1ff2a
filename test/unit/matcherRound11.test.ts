import * as assert from 'assert';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { bundledKb, found, ids } from './bundledMatcher';
import { SDK_LONG_NAMES } from '../../src/core/matcher/sdkLongNames';

// Idiom classes of the eleventh draw of real code: awswrangler's `wr` as a pytest fixture or in a notebook that never
// imports it, a botocore id compared in a Python condition, CDK v1's `core` in an import block, the Java v1 SDK's long
// package names and client variables, and Step Functions state names (the program's own).
describe('service matcher: idioms of an eleventh draw', () => {
  let kb: KnowledgeBase;
  before(() => { kb = bundledKb(); });

  it('reads `wr.<module>` as awswrangler in a file that names awswrangler without binding `wr`', () => {
    const test = 'import awswrangler.pandas as pd\n\ndef test_cache(wr, bucket):\n    wr.s3.to_csv(df, bucket)\n    wr.athena.read_sql_query("SELECT 1", database="db")';
    assert.deepStrictEqual(found(test).slice(-2), [['wr.s3', 's3'], ['wr.athena', 'athena']]);
    const notebook = '"source": ["con = wr.data_api.rds.connect(arn)\\n", "wr.data_api.redshift.read_sql_query(sql, con)", "wr.catalog.tables()"]\n"see": "awswrangler.readthedocs.io"';
    assert.deepStrictEqual(ids(notebook).slice(0, 3), ['rds', 'redshift-data-api', 'glue-data-catalog']);
    // Without awswrangler in the file, `wr` is any name of the program's.
    assert.deepStrictEqual(ids('wr = Writer()\nwr.s3.flush()'), []);
    // `wr.postgresql` calls no AWS service.
    assert.deepStrictEqual(ids('import awswrangler\nwr.postgresql.to_sql(df, con)'), []);
  });

  it('reads a botocore id compared at the end of a Python condition, not one that is a key', () => {
    assert.deepStrictEqual(found('import boto3\nif service == "timestream-query":\n    pass'), [['timestream-query', 'timestream']]);
    assert.deepStrictEqual(found('import boto3\nelif kind != "secretsmanager":  # the vault\n    pass'), [['secretsmanager', 'secrets-manager']]);
    // A key is no client being made: the quoted-id rule leaves it (a service's own name may still read it as prose).
    assert.deepStrictEqual(kb.matcher.scanText('import boto3\nlimits = {\n    "timestream-query": 3,\n}').filter((m) => m.kind === 'sdk'), []);
  });

  it('reads CDK v1\'s `core` in a multi-line import from aws_cdk as the CDK', () => {
    const py = 'from aws_cdk import (\n    core,\n    aws_sqs as sqs,\n)\nqueue_arn = core.Fn.import_value("QueueArn")';
    assert.deepStrictEqual(found(py).filter((m) => m[1] === 'cdk').map((m) => m[0]), ['aws_cdk', 'core', 'core.Fn']);
    // `core` in another import block is a module of the program's.
    assert.deepStrictEqual(ids('from mylib import (\n    core,\n)'), []);
  });

  it('resolves every Java v1 and .NET long service name to its service, never by its first letters', () => {
    const want: Record<string, string | undefined> = {
      identitymanagement: 'iam', simplesystemsmanagement: 'systems-manager', elasticmapreduce: 'emr', kinesisfirehose: 'data-firehose',
      cloudwatchevents: 'eventbridge', databasemigrationservice: 'dms', securitytoken: 'sts', elasticsearch: 'opensearch-service',
      gluedatabrew: 'glue-databrew', keymanagementservice: 'kms', rdsdata: 'rds', redshiftdataapi: 'redshift-data-api',
      timestreamwrite: 'timestream', costexplorer: 'cost-explorer', elasticfilesystem: 'efs', managedstreamingforkafka: 'msk',
      // No note covers these: no service, rather than a wrong one (certificatemanager once read as `ce`, Cost Explorer).
      certificatemanager: undefined, cognitoidp: undefined, simpleemail: undefined,
    };
    const wrong: string[] = [];
    for (const name of Object.keys(SDK_LONG_NAMES)) {
      const got = kb.matcher.scanText(`import com.amazonaws.services.${name}.model.Tag;`).map((m) => m.serviceId);
      const expected = want[name];
      if (name in want && JSON.stringify(got) !== JSON.stringify(expected ? [expected] : [])) wrong.push(`${name}: ${got.join(',') || 'none'}`);
      // Every long name resolves to the service boto3's name does, or to none where no note has it.
      const viaBoto3 = kb.matcher.scanText(`import boto3\nc = boto3.client("${SDK_LONG_NAMES[name]}")`).filter((m) => m.kind === 'sdk').map((m) => m.serviceId);
      if (JSON.stringify(got) !== JSON.stringify(viaBoto3)) wrong.push(`${name}: ${got.join(',') || 'none'} but boto3 ${viaBoto3.join(',') || 'none'}`);
    }
    assert.deepStrictEqual(wrong, []);
    assert.deepStrictEqual(ids('using Amazon.SimpleSystemsManagement;'), ['systems-manager']);
  });

  it('binds a Java v1 client variable named as boto3 names its service', () => {
    const java = 'import com.amazonaws.services.securitytoken.AWSSecurityTokenService;\nfinal AWSSecurityTokenService sts = AWSSecurityTokenServiceClientBuilder.defaultClient();\nvar who = sts.getCallerIdentity(request);';
    assert.deepStrictEqual(found(java).filter((m) => m[0].startsWith('sts.')), [['sts.getCallerIdentity', 'sts']]);
    // A variable of the program's own naming stays unbound.
    const own = 'import com.amazonaws.services.securitytoken.AWSSecurityTokenService;\nAWSSecurityTokenService tokens = build();\ntokens.getCallerIdentity(request);';
    assert.deepStrictEqual(kb.matcher.scanText(own).filter((m) => m.line === 2), []);
  });

  it('takes a Step Functions state name for the program\'s own, in JSON and YAML', () => {
    const asl = '{\n  "Comment": "Summarise with Amazon Bedrock",\n  "StartAt": "Ask Bedrock",\n  "States": {\n    "Ask Bedrock": {\n      "Type": "Task",\n      "Resource": "arn:aws:states:::bedrock:invokeModel",\n      "Next": "Store in DynamoDB"\n    }\n  }\n}';
    assert.deepStrictEqual(kb.matcher.scanText(asl).filter((m) => m.kind === 'name').map((m) => [m.line, m.text]), [[1, 'Amazon Bedrock']]);
    const yaml = 'StartAt: Load Glue Table\nStates:\n  Load Glue Table:\n    Type: Task\n    Comment: runs the Glue job';
    assert.deepStrictEqual(kb.matcher.scanText(yaml).filter((m) => m.kind === 'name').map((m) => [m.line, m.text]), [[4, 'Glue']]);
    // Outside a state machine a quoted key keeps its name.
    assert.deepStrictEqual(ids('{ "Ask Bedrock": { "enabled": true }, "arn": "arn:aws:s3:::b" }').includes('bedrock'), true);
  });

  it('reads AppSync\'s resolver utilities: util.dynamodb and a DynamoDB request type from @aws-appsync/utils', () => {
    const js = "import { util } from '@aws-appsync/utils';\n/** @returns {import('@aws-appsync/utils').DynamoDBQueryRequest} */\nexport function request(ctx) {\n  return { key: util.dynamodb.toMapValues({ id: ctx.args.id }) };\n}";
    assert.deepStrictEqual(found(js), [['DynamoDBQueryRequest', 'dynamodb'], ['util.dynamodb', 'dynamodb']]);
    // Another library's `util` is the program's own.
    assert.deepStrictEqual(ids("import util from 'node:util';\nconst key = util.dynamodb;"), []);
  });

  it('reads a CloudFront distribution\'s domain as CloudFront, and `cdk --version` as the CDK', () => {
    assert.deepStrictEqual(found('{ "logo": "https://d3xyzexample12.cloudfront.net/logo.svg" }'), [['d3xyzexample12.cloudfront.net', 'cloudfront']]);
    assert.deepStrictEqual(ids('Open www.cloudfront.net.example for the mirror.'), []);
    assert.deepStrictEqual(found('      - run: cdk --version'), [['cdk --version', 'cdk']]);
  });

  it('reads the CDK\'s helper modules named in prose without their aws- prefix', () => {
    assert.deepStrictEqual(found('Build it with an ecs-pattern, then wire s3-notifications and lambda-event-sources.'),
      [['ecs-pattern', 'ecs'], ['s3-notifications', 's3'], ['lambda-event-sources', 'lambda']]);
    // Other hyphenated words, a folder and a file of that name stay the program's own.
    assert.deepStrictEqual(ids('Our design-patterns live in my-ecs-patterns-fork/ and ecs-patterns.ts'), []);
  });

  it('takes a markdown page titled with a service\'s AWS name as AWS context for ambiguous names anywhere in it', () => {
    const readme = '# Amazon EMR recipes\n\nShort examples for the team.\n\n\n\n\n- [Copy Hudi tables to Redshift](copy.ipynb)';
    assert.deepStrictEqual(found(readme).map((m) => m[1]), ['emr', 'redshift']);
    // The same name in the body, or a title without the AWS name, gives no such context.
    const body = '# Recipes\n\nAmazon EMR runs them.\n\n\n\n\n- [Copy Hudi tables to Redshift](copy.ipynb)';
    assert.deepStrictEqual(found(body).map((m) => m[1]), ['emr']);
  });
});

import * as assert from 'assert';
import { bundledKb, found, ids } from './bundledMatcher';

// Classes of the thirteenth draw of real code: the Glue Catalog as the Data Catalog, names the program chose (a PHP
// namespace map, a Go type it declares), the types namespace of Lambda's TypeScript types, the CDK's own Go packages,
// a client named by its service's alias, and C# CDK classes constructed by name. Fixtures are our own words in the
// idioms of the draw.
describe('service matcher: idioms of a thirteenth draw', () => {
  before(() => { bundledKb(); });

  it('reads "Glue Catalog" as the Glue Data Catalog, the most specific service', () => {
    assert.deepStrictEqual(ids('## 3 - Browsing the Glue Catalog'), ['glue-data-catalog']);
    assert.deepStrictEqual(ids('import awswrangler as wr\n"""Reads the table schema from the AWS Glue Catalog."""'), ['glue-data-catalog']);
    // Glue alone and its jobs stay Glue.
    assert.deepStrictEqual(ids('A Glue job copies the files each night.'), ['glue']);
  });

  it('leaves a PSR-4 namespace prefix of composer.json to the program', () => {
    const composer = '{\n  "autoload": {\n    "psr-4": {\n      "Glue\\\\": "../glue/",\n      "Athena\\\\Queries\\\\": "src/"\n    }\n  }\n}';
    assert.deepStrictEqual(ids(composer), []);
    // The SDK for PHP's own namespace still names the service.
    assert.deepStrictEqual(ids('use Aws\\Glue\\GlueClient;\n$client = new GlueClient([]);').includes('glue'), true);
  });

  it('leaves a Go type the program declares to the program, in its code and its doc comment', () => {
    const go = 'package main\n\nimport "github.com/aws/aws-sdk-go-v2/service/sqs"\n\n// Config holds the test settings read from a file\ntype Config struct {\n\tQueue string\n}\n\nvar settings Config\n\n// AWS Config records each change.\nfunc run(c *sqs.Client) {}';
    // The declared type is the program's; the service named in prose ("AWS Config") is still the service.
    assert.deepStrictEqual(found(go), [['service/sqs', 'sqs'], ['AWS Config', 'config'], ['sqs.Client', 'sqs']]);
  });

  it('reads the event type after the AWSLambda namespace of @types/aws-lambda, not the namespace', () => {
    const ts = 'import { Handler } from "aws-lambda";\nexport const onRule = async (event: AWSLambda.EventBridgeEvent<"Scan", Detail>) => {};';
    assert.deepStrictEqual(found(ts), [['aws-lambda', 'lambda'], ['EventBridgeEvent', 'eventbridge']]);
    // The Java SDK v1 interface of the same name is Lambda's client.
    assert.deepStrictEqual(ids('import com.amazonaws.services.lambda.AWSLambda;\nAWSLambda client = builder.build();').filter((id) => id === 'lambda').length >= 2, true);
  });

  it('reads the CDK\'s own Go packages as the CDK, and its service modules as their services', () => {
    const go = 'import (\n\t"github.com/aws/aws-cdk-go/awscdk/v2/assertions"\n\t"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"\n)';
    assert.deepStrictEqual(ids(go), ['cdk', 'sqs']);
  });

  it('reads a client named by its service\'s alias as the service', () => {
    const js = 'var AWS = require("aws-sdk");\nvar ddb = new AWS.DynamoDB({ apiVersion: "2012-08-10" });\nddb.describeTable(params, done);';
    assert.deepStrictEqual(found(js).filter(([t]) => t.startsWith('ddb')).map(([, id]) => id), ['dynamodb']);
    // A variable of another name stays the program's.
    assert.deepStrictEqual(found('var AWS = require("aws-sdk");\nvar store = new AWS.DynamoDB();\nstore.describeTable(p);').filter(([t]) => t.startsWith('store')), []);
  });

  it('reads the classes of AWS\'s agent libraries that name Bedrock as Bedrock', () => {
    const py = 'from strands.models import BedrockModel\nfrom bedrock_agentcore.runtime import BedrockAgentCoreApp\nmodel = BedrockModel(model_id=MODEL)';
    assert.deepStrictEqual(ids(py), ['bedrock', 'bedrock', 'bedrock']);
    // The same class name from the program's own module stays its own.
    assert.deepStrictEqual(ids('from models import BedrockModel\nmodel = BedrockModel()'), []);
  });

  it('reads a fully qualified class of Lambda\'s .NET libraries by the service in front of the function', () => {
    const cs = 'using Amazon.Lambda.Core;\n// Derive from Amazon.Lambda.AspNetCoreServer.APIGatewayHttpApiV2ProxyFunction for an HTTP API.\npublic class Entry : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction {}';
    assert.deepStrictEqual(found(cs).filter(([, id]) => id !== 'lambda'), [['APIGateway', 'api-gateway'], ['APIGateway', 'api-gateway']]);
    // The namespace's own classes name no other service.
    assert.deepStrictEqual(ids('var s = new Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer();'), ['lambda']);
  });

  it('reads "Opensearch" as OpenSearch: the service where the text names it clearly, the engine elsewhere', () => {
    assert.deepStrictEqual(ids('Deploys an Amazon OpenSearch Service domain.\n\nThen open your Opensearch Cluster\'s dashboard.'), ['opensearch-service', 'opensearch-service']);
    assert.deepStrictEqual(ids('Then open your Opensearch cluster\'s dashboard.'), []);
  });

  it('reads a C# CDK class constructed by name as the service its name spells', () => {
    const cs = 'using Amazon.CDK;\nusing Amazon.CDK.AWS.Events;\n\nvar bus = new EventBus(this, "OrdersBus", new EventBusProps { });\nvar fn = new Function(this, "Worker", props);';
    assert.deepStrictEqual(found(cs).filter(([t]) => t === 'EventBus').map(([, id]) => id), ['eventbridge']);
    assert.deepStrictEqual(found(cs).filter(([t]) => t === 'Function'), []);
  });
});

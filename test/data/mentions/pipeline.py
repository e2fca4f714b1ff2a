import json
import boto3
from awsglue.context import GlueContext ⟦expect: glue⟧

firehose = boto3.client("firehose") ⟦expect: data-firehose⟧
kinesis = boto3.client('kinesis', region_name="eu-west-1") ⟦expect: kinesis-data-streams⟧
table = boto3.resource("dynamodb").Table("orders") ⟦expect: dynamodb⟧
s3 = boto3.client(service_name="s3") ⟦expect: s3⟧
glue = session.client("glue") ⟦expect: glue⟧
athena = boto3.client("athena") ⟦expect: athena⟧
sfn = boto3.client("stepfunctions") ⟦expect: step-functions⟧
events = boto3.client("events") ⟦expect: eventbridge⟧
redshift_data = boto3.client("redshift-data") ⟦expect: redshift-data-api⟧
secrets = boto3.client("secretsmanager") ⟦expect: secrets-manager⟧
ssm = boto3.client("ssm") ⟦expect: systems-manager⟧
msk = boto3.client("kafka") ⟦expect: msk⟧
flink = boto3.client("kinesisanalyticsv2") ⟦expect: managed-service-for-apache-flink⟧
logs = boto3.client("logs") ⟦expect: cloudwatch-logs⟧
lf = boto3.client("lakeformation") ⟦expect: lake-formation⟧
emr = boto3.client("emr") ⟦expect: emr⟧
dms = boto3.client("dms") ⟦expect: dms⟧

def lambda_handler(event, context):
    records = [json.loads(r["data"]) for r in event["Records"]]
    key = lambda r: r["id"]
    records.sort(key=lambda x: x["ts"])
    batch_size = 500
    config = {"retries": 3}
    for batch in chunks(records, batch_size):
        firehose.put_record_batch(DeliveryStreamName="clicks", Records=batch) ⟦expect: data-firehose⟧
    return {"statusCode": 200}

def chunks(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)]

# The bucket lives at s3://raw-zone/clicks/ in the lake ⟦expect: s3⟧
output_path = "s3a://curated-zone/orders/" ⟦expect: s3⟧
role_arn = "arn:aws:iam::123456789012:role/etl" ⟦expect: iam⟧
stream_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks" ⟦expect: kinesis-data-streams⟧
topic = "arn:aws:sns:us-east-1:123456789012:alerts" ⟦expect: sns⟧
queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" ⟦expect: sqs⟧
import awswrangler as wr
df = wr.athena.read_sql_query("SELECT * FROM orders", database="sales") ⟦expect: athena⟧
class Config:
    pass

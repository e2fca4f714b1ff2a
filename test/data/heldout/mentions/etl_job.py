"""Nightly job: land partner files, register them and publish a summary."""
import awswrangler as wr
import boto3
from aws_cdk import Duration ⟦expect: cdk⟧

# Read yesterday's drop from the raw bucket and write curated parquet back to S3. ⟦expect: s3⟧
frame = wr.s3.read_csv(path="s3://partner-drop/2026/11/28/") ⟦expect: s3⟧
wr.s3.to_parquet(frame, path="s3://curated-zone/orders/", dataset=True, database="sales", table="orders") ⟦expect: s3⟧
wr.catalog.create_parquet_table(database="sales", table="orders_v2", path="s3://curated-zone/orders_v2/", columns_types={"id": "bigint"}) ⟦expect: glue-data-catalog, s3⟧
result = wr.athena.read_sql_query("SELECT count(*) FROM orders", database="sales") ⟦expect: athena⟧
wr.redshift.copy(frame, path="s3://staging/tmp/", con=conn, table="orders", schema="public") ⟦expect: redshift, s3⟧
dynamo = boto3.resource("dynamodb") ⟦expect: dynamodb⟧
queue = boto3.Session(profile_name="etl").client("sqs") ⟦expect: sqs⟧
topic = boto3.client("sns") ⟦expect: sns⟧
crawler = boto3.client("glue").start_crawler(Name="orders") ⟦expect: glue⟧
# The batch size below is the number of rows per insert, nothing to do with any cloud service.
batch_size = 500
config = {"retries": 3}
# push cloudwatch logs for each run so the on-call can read them ⟦expect: cloudwatch-logs⟧
# secret manager holds the partner password ⟦expect: secrets-manager⟧
kms = boto3.client("kms") ⟦expect: kms⟧
# Send the summary to the Firehose stream that feeds OpenSearch. ⟦expect: data-firehose, opensearch-service⟧

# Hover the service names and identifiers below (DE Study walkthrough sample).
import boto3

firehose = boto3.client("firehose")      # Amazon Data Firehose (formerly Kinesis Data Firehose)
glue = boto3.client("glue")              # AWS Glue
athena = boto3.client("athena")          # Amazon Athena

firehose.put_record(DeliveryStreamName="clicks", Record={"Data": b"{}"})
glue.start_job_run(JobName="clean-clicks")
athena.start_query_execution(QueryString="SELECT count(*) FROM clicks")

"""Shared client settings for the nightly export (the retry config lives here)."""
from typing import TYPE_CHECKING, List
import boto3
from botocore.config import Config
from aws_cdk import App, CfnOutput, Stack ⟦expect: cdk⟧
from aws_cdk import aws_backup as backup ⟦expect: backup⟧

if TYPE_CHECKING:
    from mypy_boto3_glue import GlueClient ⟦expect: glue⟧

RETRIES: Config = Config(retries={"max_attempts": 5})
CLIENTS: List[str] = [
    "secretsmanager", ⟦expect: secrets-manager⟧
    "bedrock-agent-runtime", ⟦expect: bedrock⟧
    "lambda",
]
SETTINGS = {"s3": {"bucket": "exports"}}


def export_bucket(session: boto3.Session) -> "S3ServiceResource": ⟦expect: s3⟧
    return session.resource("s3", config=RETRIES) ⟦expect: s3⟧


def read_logs(glue_context):
    return glue_context.create_dynamic_frame.from_options(
        connection_type="marketplace.athena", ⟦expect: athena⟧
        connection_options={"schemaName": "/aws-glue/crawlers"}, ⟦expect: glue⟧
    )


def outputs(stack: Stack, server) -> None: ⟦expect: cdk⟧
    CfnOutput(stack, "ExportBucket", value="exports") ⟦expect: cdk⟧
    backup.BackupResource.from_ec2_instance(server) ⟦expect: backup, ec2⟧
    template = "cloudformation/{}.yaml".format("export")


def lake_session(builder):
    return (builder
        .config("spark.sql.catalog.lake.catalog-impl", "org.apache.iceberg.aws.glue.GlueCatalog") ⟦expect: glue-data-catalog⟧
        .config("spark.sql.catalog.lake.io-impl", "org.apache.iceberg.aws.s3.S3FileIO") ⟦expect: s3⟧
        .config("spark.hadoop.fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem")) ⟦expect: s3⟧

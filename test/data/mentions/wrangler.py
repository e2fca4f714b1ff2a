"""Nightly export of the orders table to the lake, queried later from Athena."""  ⟦expect: athena⟧
import boto3
import awswrangler as wr
from awswrangler import (
    athena, data_quality,  ⟦expect: athena, glue-data-quality⟧
    timestream,  ⟦expect: timestream⟧
)
from aws_cdk import (  ⟦expect: cdk⟧
    Stack, ⟦expect: cdk⟧
    aws_stepfunctions as sfn,  ⟦expect: step-functions⟧
    aws_iam as iam,  ⟦expect: iam⟧
)

s3 = boto3.resource("s3")  ⟦expect: s3⟧
session = boto3.Session(region_name="eu-west-1")
logs_client = session.client("logs")  ⟦expect: cloudwatch-logs⟧


def export(day: str) -> None:
    # read the raw s3 files for one day and push cloudwatch logs when done  ⟦expect: s3, cloudwatch-logs⟧
    df = wr.s3.read_parquet(path=f"s3://lake-raw/orders/day={day}/")  ⟦expect: s3⟧
    wr.catalog.create_parquet_table(database="sales", table="orders", path="s3://lake/orders/", columns_types={})  ⟦expect: glue-data-catalog, s3⟧
    wr.athena.start_query_execution("MSCK REPAIR TABLE orders", database="sales")  ⟦expect: athena⟧
    token = wr.secretsmanager.get_secret("warehouse")  ⟦expect: secrets-manager⟧
    wr.opensearch.connect(host="search.internal")  ⟦expect: opensearch-service⟧
    s3.Object("lake", f"_done/{day}").put(Body=b"")  ⟦expect: s3⟧
    rows = [r for r in df.itertuples() if r.batch]
    keyed = sorted(rows, key=lambda r: r.id)
    print(len(keyed), "rows; check the Glue DataCatalog for the new partition")  ⟦expect: glue-data-catalog⟧


class Machine(Stack): ⟦expect: cdk⟧
    def build(self) -> None:
        role = iam.Role(self, "Runner", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))  ⟦expect: iam, step-functions⟧
        sfn.StateMachine(self, "Export", definition_body=sfn.DefinitionBody.from_file("export.asl.json"))  ⟦expect: step-functions⟧
        self.config = {"retries": 2}


__all__ = [
    "export",
    "athena",  ⟦expect: athena⟧
    "data_quality",  ⟦expect: glue-data-quality⟧
    "Machine",
]

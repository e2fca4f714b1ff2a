resource "aws_glue_catalog_database" "sales" { ⟦expect: glue-data-catalog⟧
  name = "sales"
}
resource "aws_athena_workgroup" "analysts" { ⟦expect: athena⟧
  name = "analysts"
}
resource "aws_lakeformation_permissions" "read" { ⟦expect: lake-formation⟧
  principal   = aws_iam_role.analyst.arn ⟦expect: iam⟧
  permissions = ["SELECT"]
}
resource "aws_kinesis_firehose_delivery_stream" "to_lake" { ⟦expect: data-firehose⟧
  destination = "extended_s3"
}
resource "aws_mwaa_environment" "airflow" { ⟦expect: mwaa⟧
  name = "orchestration"
}

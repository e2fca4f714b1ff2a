terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "aws_kinesis_stream" "clicks" { ⟦expect: kinesis-data-streams⟧
  name             = "clicks"
  retention_period = 168
}

resource "aws_kinesis_firehose_delivery_stream" "to_s3" { ⟦expect: data-firehose⟧
  name        = "clicks-to-s3"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn ⟦expect: iam⟧
    bucket_arn = aws_s3_bucket.raw.arn ⟦expect: s3⟧
    buffering_size     = 64
    buffering_interval = 300
  }
}

resource "aws_s3_bucket" "raw" { ⟦expect: s3⟧
  bucket = "raw-zone"
}

resource "aws_glue_catalog_database" "lake" { ⟦expect: glue-data-catalog⟧
  name = "lake"
}

resource "aws_glue_crawler" "raw" { ⟦expect: glue-crawler⟧
  database_name = aws_glue_catalog_database.lake.name ⟦expect: glue-data-catalog⟧
  role          = aws_iam_role.glue.arn ⟦expect: iam⟧
  s3_target {
    path = "s3://raw-zone/clicks/" ⟦expect: s3⟧
  }
}

resource "aws_glue_job" "curate" { ⟦expect: glue⟧
  name     = "curate"
  role_arn = aws_iam_role.glue.arn ⟦expect: iam⟧
}

resource "aws_sfn_state_machine" "nightly" { ⟦expect: step-functions⟧
  name = "nightly"
}

resource "aws_mwaa_environment" "airflow" { ⟦expect: mwaa⟧
  name = "airflow"
}

resource "aws_msk_cluster" "events" { ⟦expect: msk⟧
  cluster_name = "events"
}

resource "aws_redshiftserverless_workgroup" "wh" { ⟦expect: redshift-serverless⟧
  workgroup_name = "wh"
}

resource "aws_lakeformation_permissions" "analysts" { ⟦expect: lake-formation⟧
  permissions = ["SELECT"]
}

variable "batch_size" {
  default = 500
}

locals {
  config = { retries = 3 }
}

module "vpc" {  ⟦expect: vpc⟧
  source  = "terraform-aws-modules/vpc/aws"  ⟦expect: vpc⟧
  name    = "ingest"
}

module "raw_bucket" {
  source = "terraform-aws-modules/s3-bucket/aws"  ⟦expect: s3⟧
  bucket = "ingest-raw"
}

output "private_subnets" {
  value = module.vpc.private_subnets  ⟦expect: vpc⟧
}

output "raw_bucket_name" {
  value = module.raw_bucket.s3_bucket_id
}

#!/usr/bin/env bash
set -euo pipefail
aws s3 sync ./build s3://pipeline-artifacts/jobs/ ⟦expect: aws-cli, s3⟧
aws glue update-job --job-name orders-nightly --job-update file://job.json ⟦expect: aws-cli, glue⟧
aws stepfunctions start-execution --state-machine-arn "$MACHINE_ARN" ⟦expect: aws-cli, step-functions⟧
aws redshift-data execute-statement --workgroup-name analytics --sql "CALL refresh_sales()" ⟦expect: aws-cli, redshift-data-api⟧
cdk deploy OrdersStack --require-approval never ⟦expect: cdk⟧
sam build && sam deploy --guided ⟦expect: sam⟧
echo "batch done; config reloaded"

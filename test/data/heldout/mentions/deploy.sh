#!/usr/bin/env bash
set -euo pipefail
aws s3 sync ./build s3://pipeline-artifacts/jobs/ ⟦expect: s3⟧
aws glue update-job --job-name orders-nightly --job-update file://job.json ⟦expect: glue⟧
aws stepfunctions start-execution --state-machine-arn "$MACHINE_ARN" ⟦expect: step-functions⟧
aws redshift-data execute-statement --workgroup-name analytics --sql "CALL refresh_sales()" ⟦expect: redshift-data-api⟧
cdk deploy OrdersStack --require-approval never ⟦expect: cdk⟧
sam build && sam deploy --guided ⟦expect: sam⟧
echo "batch done; config reloaded"

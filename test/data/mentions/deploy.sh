#!/usr/bin/env bash
set -euo pipefail
BATCH_SIZE=100
aws s3 cp ./data s3://raw-zone/ --recursive ⟦expect: aws-cli, s3⟧
aws glue start-crawler --name raw ⟦expect: aws-cli, glue⟧
aws kinesis put-record --stream-name clicks --partition-key user1 --data "$(base64 <<< '{}')" ⟦expect: aws-cli, kinesis-data-streams⟧
aws firehose describe-delivery-stream --delivery-stream-name clicks-to-s3 ⟦expect: aws-cli, data-firehose⟧
aws --region us-east-1 stepfunctions start-execution --state-machine-arn "$SM_ARN" ⟦expect: aws-cli, step-functions⟧
aws athena start-query-execution --query-string "SELECT 1" ⟦expect: aws-cli, athena⟧
aws redshift-data execute-statement --workgroup-name wh --sql "VACUUM" ⟦expect: aws-cli, redshift-data-api⟧
aws dynamodb describe-table --table-name orders ⟦expect: aws-cli, dynamodb⟧
aws configure set region us-east-1 ⟦expect: aws-cli⟧
git config user.name "ci"
cp config.example config.json
echo "batch done"
curl -s https://firehose.us-east-1.amazonaws.com/ > /dev/null ⟦expect: data-firehose⟧

package main

import (
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs" ⟦expect: sqs⟧
	"github.com/aws/aws-sdk-go-v2/service/kinesis" ⟦expect: kinesis-data-streams⟧
)

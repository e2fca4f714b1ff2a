package main

import (
	"context"

	"github.com/aws/aws-cdk-go/awscdk/v2"  ⟦expect: cdk⟧
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"  ⟦expect: sqs⟧
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambdaeventsources"  ⟦expect: lambda⟧
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"  ⟦expect: dynamodb⟧
)

// Queue feeds the loader; a batch of ten messages per poll.
func Queue(stack awscdk.Stack) awssqs.Queue {  ⟦expect: cdk, sqs⟧
	return awssqs.NewQueue(stack, jsii.String("Loads"), &awssqs.QueueProps{})  ⟦expect: sqs⟧
}

func Put(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	client := dynamodb.NewFromConfig(cfg)  ⟦expect: dynamodb⟧
	_, err = client.PutItem(ctx, &dynamodb.PutItemInput{})  ⟦expect: dynamodb⟧
	return err
}
// snippet-tag:[dynamodb.go.put]

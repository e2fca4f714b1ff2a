package handlers

import (
	"context"

	"github.com/aws/aws-lambda-go/events" ⟦expect: lambda⟧
)

// OnChange forwards inserted rows to the audit log.
func OnChange(ctx context.Context, e events.DynamoDBEvent) error { ⟦expect: dynamodb-streams⟧
	for _, r := range e.Records {
		if r.EventName == string(events.DynamoDBOperationTypeInsert) { ⟦expect: dynamodb⟧
			continue
		}
	}
	return nil
}

func Ping(ctx context.Context, req events.APIGatewayProxyRequest) (string, error) { ⟦expect: api-gateway⟧
	return req.Headers["CloudFront-Viewer-Country"], nil ⟦expect: cloudfront⟧
}

package com.example.legacy;

import com.amazonaws.services.identitymanagement.AmazonIdentityManagement; ⟦expect: iam⟧
import com.amazonaws.services.s3.AmazonS3ClientBuilder; ⟦expect: s3⟧

// snippet-start:[s3.java1.legacy_clients.main]
/** Builds the version-one clients the old export job still uses. */
public class LegacyClients {
    private final AmazonIdentityManagement iam = AmazonIdentityManagementClientBuilder.defaultClient(); ⟦expect: iam⟧
    private final AWSGlue catalog = AWSGlueClientBuilder.standard().build(); ⟦expect: glue⟧
    private static final String POLICY = "AWSLambdaBasicExecutionRole";
    private static final String CONNECTOR = "com.amazonaws.athena.connectors.dynamodb.DynamoDBMetadataHandler"; ⟦expect: athena, dynamodb⟧
    private static final String GLUE_HOST = String.format("https://glue.%s.amazonaws.com", "eu-west-1"); ⟦expect: glue⟧
}
// snippet-end:[s3.java1.legacy_clients.main]

package com.example.loader;

import com.amazonaws.services.glue.AWSGlue; ⟦expect: glue⟧
import software.amazon.awssdk.services.s3.S3Client; ⟦expect: s3⟧
import software.amazon.awssdk.services.dynamodb.DynamoDbClient; ⟦expect: dynamodb⟧
import software.amazon.awssdk.services.firehose.FirehoseClient; ⟦expect: data-firehose⟧

public class Loader {
    // Rows are flushed together in one batch.
    private static final int BATCH = 1000;
}

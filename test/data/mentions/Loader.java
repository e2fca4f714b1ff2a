package com.example.loader;

import software.amazon.awssdk.services.kinesis.KinesisClient;  ⟦expect: kinesis-data-streams⟧
import software.amazon.awssdk.services.s3.model.PutObjectRequest;  ⟦expect: s3⟧
import com.amazonaws.services.glue.GlueContext;  ⟦expect: glue⟧
import java.util.Map;

/** Copies each record to the archive bucket; the config map holds the batch size. */
public class Loader {
    private final Map<String, String> config;
    private final KinesisClient kinesis = KinesisClient.builder().build();  ⟦expect: kinesis-data-streams⟧
    private GlueContext glueContext;  ⟦expect: glue⟧

    public Loader(Map<String, String> config) { this.config = config; }
}

-- Daily checks, run in Athena against the curated tables. ⟦expect: athena⟧
SELECT order_date, count(*) FROM sales.orders GROUP BY 1;
-- Same check on the warehouse side: Amazon Redshift keeps 7 days of snapshots. ⟦expect: redshift⟧
UNLOAD ('SELECT * FROM orders') TO 's3://exports/orders_' IAM_ROLE default FORMAT AS PARQUET; ⟦expect: s3⟧
COPY orders FROM 's3://staging/orders/' IAM_ROLE default FORMAT AS CSV; ⟦expect: s3⟧

-- Load the day's files into the warehouse
COPY sales.orders
FROM 's3://curated-zone/orders/2026/11/23/' ⟦expect: s3⟧
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopy' ⟦expect: iam⟧
FORMAT AS PARQUET;

CREATE EXTERNAL SCHEMA spectrum
FROM DATA CATALOG DATABASE 'lake'
IAM_ROLE 'arn:aws:iam::123456789012:role/Spectrum'; ⟦expect: iam⟧

SELECT customer_id,
       AVG(amount) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling_avg
FROM sales.orders
WHERE order_date >= DATE '2026-01-01';

UNLOAD ('SELECT * FROM sales.orders')
TO 's3://exports/orders_' ⟦expect: s3⟧
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload' ⟦expect: iam⟧
FORMAT AS PARQUET PARTITION BY (order_date);

-- Athena: create a partitioned table with CTAS ⟦expect: athena⟧
CREATE TABLE curated.orders_by_day
WITH (format = 'PARQUET', partitioned_by = ARRAY['order_date'])
AS SELECT * FROM raw.orders;

CREATE TABLE batch_log (batch_id INT, config TEXT);
INSERT INTO batch_log VALUES (1, 'glue');

// awswrangler (the AWS SDK for pandas): `import awswrangler as wr` binds `wr`, whose modules name services.
import { Resolver } from './claims';
import { Binding } from './types';

/** `wr` in `import awswrangler as wr`: its members name services (`wr.s3`, `wr.catalog`). */
export const WRANGLER = 'awswrangler';

function known(r: Resolver, id: string | undefined): Binding | undefined {
  return id && r.services.has(id) ? { serviceId: id, kind: 'sdk' } : undefined;
}

// awswrangler's modules, by the service each one calls.
const WRANGLER_MODULES: Record<string, string> = {
  s3: 's3', athena: 'athena', catalog: 'glue-data-catalog', redshift: 'redshift', dynamodb: 'dynamodb', emr: 'emr',
  emr_serverless: 'emr-serverless', cloudwatch: 'cloudwatch-logs', opensearch: 'opensearch-service', timestream: 'timestream',
  neptune: 'neptune', secretsmanager: 'secrets-manager', sts: 'sts', quicksight: 'quicksight', lakeformation: 'lake-formation',
  data_api: 'redshift-data-api', data_quality: 'glue-data-quality', s3vectors: 's3-vectors', redshift_serverless: 'redshift-serverless',
};

/** The service behind `wr.<module>` (and `wr.data_api.<engine>`, `awswrangler.s3._vectors`). */
export function wranglerModule(name: string, r: Resolver, next?: string): Binding | undefined {
  if (name === 'data_api' && next === 'rds') return known(r, 'rds');
  // awswrangler keeps S3 Vectors in a private package of its s3 module; the most specific service wins.
  if (name === 's3' && next === '_vectors') return known(r, 's3-vectors');
  // `wr.s3.select_query` (and its private `awswrangler.s3._select`) runs S3 Select; the most specific service wins (round 14).
  if (name === 's3' && (next === 'select_query' || next === '_select')) return known(r, 's3-select');
  return known(r, WRANGLER_MODULES[name]);
}

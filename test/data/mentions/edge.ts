import * as cdk from 'aws-cdk-lib'; ⟦expect: cdk⟧
import { Construct } from 'constructs';
import { CloudFront } from './edge/cloudfront';
import Kinesis from '../streams/kinesis';

// Our CloudFront wrapper adds the cache rules; Amazon CloudFront itself serves the pages. ⟦expect: cloudfront⟧
export class SiteStack extends cdk.Stack { ⟦expect: cdk⟧
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const edge = new CloudFront(this, 'Edge', { assetsFolder: 'cloudfront/site' });
    new Kinesis(this, 'Clicks', { outputDir: 'kinesis-out', account: process.env.CDK_DEFAULT_ACCOUNT }); ⟦expect: cdk⟧
    edge.addOrigin('s3-site');
  }
}

export class Lambda extends Construct {}
type S3 = { bucket: string };

// Service names that the Java v1 SDK (`com.amazonaws.services.<name>`, `AmazonIdentityManagement`) and .NET
// (`Amazon.SimpleSystemsManagement`) spell out in full where boto3 abbreviates or renames them, by boto3's name.
// Without them a package's name matched only by its first letters (`certificatemanager` read as `ce`, Cost Explorer).
export const SDK_LONG_NAMES: Readonly<Record<string, string>> = {
  identitymanagement: 'iam', securitytoken: 'sts', securitytokenservice: 'sts', elasticmapreduce: 'emr',
  simplesystemsmanagement: 'ssm', kinesisfirehose: 'firehose', cloudwatchevents: 'events', databasemigrationservice: 'dms',
  keymanagementservice: 'kms', elasticsearch: 'es', elasticsearchservice: 'es', gluedatabrew: 'databrew', simpleemail: 'ses', simplenotificationservice: 'sns',
  simpleemailv2: 'sesv2', certificatemanager: 'acm', cognitoidp: 'cognito-idp', cognitoidentityprovider: 'cognito-idp',
  cognitoidentity: 'cognito-identity', elasticloadbalancing: 'elb', elasticloadbalancingv2: 'elbv2', elasticfilesystem: 'efs',
  applicationautoscaling: 'application-autoscaling', costexplorer: 'ce', simpledb: 'sdb', simpleworkflow: 'swf',
  directory: 'ds', directoryservice: 'ds', rdsdata: 'rds-data', redshiftdataapi: 'redshift-data', redshiftdataapiservice: 'redshift-data',
  timestreamwrite: 'timestream-write', timestreamquery: 'timestream-query', kafka: 'kafka', managedstreamingforkafka: 'kafka',
  kafkaconnect: 'kafkaconnect', route53domains: 'route53domains', costandusagereport: 'cur', resourcegroupstaggingapi: 'resourcegroupstaggingapi',
};

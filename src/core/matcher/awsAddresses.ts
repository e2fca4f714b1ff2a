// Addresses AWS defines: ARNs (and the service a Step Functions integration ARN calls), IAM actions, service principals
// and endpoints (`states.amazonaws.com`, `glue.${AWS::Region}.amazonaws.com`), CloudFront and Lambda function URL hosts,
// and s3:// URIs. Split from infra.ts, which keeps the order the patterns run in.
import type { CodeSink } from './code';
import { trimTrailing } from './text';

export const ARN = /\barn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:([a-z0-9-]+):[^\s"'`,}\]<>]*/g;
export const IAM_ACTION = /(^|[\s"'`[,(=])([a-z][a-z0-9-]*):([A-Z*][A-Za-z0-9*]*)(?=$|[\s"'`,\]);}(.:])/g;
// A CloudFront distribution's own domain, `d111111abcdef8.cloudfront.net`.
export const CLOUDFRONT_HOST = /(?<![\w.$-])[a-z0-9]{6,20}\.cloudfront\.net\b/g;
// `glue.${AWS::Region}.amazonaws.com`: a substituted label (`${…}`, `%s`, Go's `%v`) stands for a Region or account.
export const AWS_HOST = /(?<![\w.$-])((?:(?:\$\{[^}\s]*\}|%[sv]|[A-Za-z0-9_${}-])+\.)+)amazonaws\.com(?:\.cn)?\b/g;
export const S3_URI = /\b(s3a?|s3n):\/\/[^\s"'`)]*/g;
// A Lambda function URL's host, `<url-id>.lambda-url.us-east-1.on.aws` (round 16): an endpoint, in a web address too.
export const LAMBDA_URL_HOST = /(?<![\w.-])[A-Za-z0-9-]+\.lambda-url\.[a-z0-9-]+\.on\.aws\b/g;

export function onLambdaUrlHost(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('lambda'), 'endpoint', m.index, m[0]);
}

export function onArn(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const text = trimTrailing(m[0]);
  // arn:aws:states:::sns:publish — a Step Functions integration names the service it calls.
  const task = /^(arn:[^:]+:states:::)([a-z0-9-]+)(?=:)/.exec(text);
  if (task) {
    s.add(r.arnService('states'), 'arn', m.index, task[1]);
    s.add(r.arnService(task[2]), 'arn', m.index + task[1].length, text.slice(task[1].length));
  } else {
    s.add(r.arnService(m[1]), 'arn', m.index, text);
  }
}

export function onIamAction(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (m[2] !== 'arn') s.add(r.pick('iam', m[2]), 'iam', m.index + m[1].length, `${m[2]}:${m[3]}`);
}

export function onAwsHost(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const principal = r.pick('principal', m[0].toLowerCase().replace(/\.cn$/, ''));
  if (principal) s.add(principal, 'principal', m.index, m[0]);
  else s.add(r.endpointService(m[1]), 'endpoint', m.index, m[0]);
}

export function onCloudfrontHost(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cloudfront'), 'endpoint', m.index, m[0]);
}

export function onS3Uri(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('uri', m[1]) ?? r.pick('uri', 's3'), 'uri', m.index, trimTrailing(m[0]));
}

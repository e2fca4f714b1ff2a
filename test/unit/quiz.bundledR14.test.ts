// Rules added after blind reviews r12–r14 of the questions generated from service, concept and domain notes
// (docs/quiz.md): one number fact asked once (a card and a cloze of one sentence). Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { thinKind } from '../../src/core/quiz/thinKind';
import { NOTES_DIR } from './paths';
import { contractTrivia } from '../../src/core/quiz/contractTrivia';
import { namedAsWrong } from '../../src/core/quiz/namedRivals';
import { amountOf, numberTwin, recordNumber } from '../../src/core/quiz/numberTwins';
import { quotedNoteLine } from '../../src/core/quiz/quotedLine';

// Only the fields the rules read.
const draft = (kind: Draft['kind'], source: 'bundled' | 'user', optionNotes?: Map<string, string>): Draft =>
  ({ kind, doc: { source, relPath: 'services/x.md' }, optionKind: 'service', optionNotes } as unknown as Draft);

describe('quiz: blind reviews r12–r14, generated questions of service, concept and domain notes', () => {
  it('a count is one amount with or without its noun, a duration whatever its unit', () => {
    assert.strictEqual(amountOf('5'), 'n5');
    assert.strictEqual(amountOf('5 targets'), 'n5:target');
    assert.strictEqual(amountOf('24 hours'), amountOf('1 day'));
    assert.strictEqual(amountOf('about five'), undefined);
  });

  it('a card and a cloze of one fact about one service: the second is a twin', () => {
    const seen = new Map<string, string>();
    // The cloze keys the throughput and states the IOPS baseline in its stem.
    const cloze = 'Fill in the blank (Amazon EBS): A gp3 volume starts with 3,000 IOPS and _____ whatever its size.';
    assert.strictEqual(numberTwin('125 MiB/s', cloze, ['ebs'], seen), undefined);
    recordNumber('125 MiB/s', cloze, ['ebs'], 'services/ebs.md:40', seen);
    // A card asking that baseline: its key is printed in the cloze's stem.
    assert.strictEqual(numberTwin('3,000 IOPS', 'What IOPS baseline comes with a gp3 volume?', ['ebs'], seen), 'services/ebs.md:40');
    // A bare count beside the same count with its noun, about the same service.
    recordNumber('5 targets', 'Fill in the blank (Amazon EventBridge): One rule sends to at most _____.', ['eventbridge'], 'services/eventbridge.md:50', seen);
    assert.strictEqual(numberTwin('5', 'How many targets can one EventBridge rule have?', ['eventbridge'], seen), 'services/eventbridge.md:50');
    // Another noun, another service or another amount is another fact.
    assert.strictEqual(numberTwin('5 consumers', 'How many enhanced fan-out consumers…?', ['eventbridge'], seen), undefined);
    assert.strictEqual(numberTwin('5', 'How many rules…?', ['sqs'], seen), undefined);
    assert.strictEqual(numberTwin('6', 'How many targets…?', ['eventbridge'], seen), undefined);
  });

  it('a stem that states the key of an earlier question about its service is a twin', () => {
    const seen = new Map<string, string>();
    recordNumber('180 days', 'What is the minimum storage duration of the deepest archive tier?', ['s3-glacier'], 'services/s3-glacier.md:9', seen);
    assert.strictEqual(numberTwin('90 days', 'Fill in the blank (S3 Glacier): The faster archive tiers bill at least _____, the deepest 180 days.', ['s3-glacier'], seen), 'services/s3-glacier.md:9');
    assert.strictEqual(numberTwin('90 days', 'Fill in the blank (S3 Glacier): The faster archive tiers bill at least _____.', ['s3-glacier'], seen), undefined);
  });

  it('a bundled card or identify question that only quotes a note line is a fragment; a user\'s card stays', () => {
    const described = 'Which AWS service is described here: “Managed home of the queues that replaced the old broker”?';
    const quoted = 'Which AWS service is this? “Keeps files for partners and hands them over by SFTP.”';
    assert.match(quotedNoteLine(draft('card', 'bundled'), described) ?? '', /quotes a note line/);
    assert.match(quotedNoteLine(draft('identify', 'bundled'), quoted) ?? '', /quotes a note line/);
    assert.strictEqual(quotedNoteLine(draft('card', 'user'), described), undefined);
    // A question that states a situation is no quote, nor is a definition family's stem.
    assert.strictEqual(quotedNoteLine(draft('card', 'bundled'), 'Which service hands partner files over by SFTP?'), undefined);
    assert.strictEqual(quotedNoteLine(draft('choose', 'bundled'), described), undefined);
  });

  it('a rival a bundled scenario names as wrong, with its reason, is vouched for whatever its kind', () => {
    const notes = new Map([['Amazon API Gateway', 'Its throttling caps an API key, not one abusive address.']]);
    assert.strictEqual(namedAsWrong(draft('scenario', 'bundled', notes), 'Amazon API Gateway'), true);
    assert.strictEqual(namedAsWrong(draft('scenario', 'bundled', notes), 'Amazon Macie'), false, 'not named by the note');
    assert.strictEqual(namedAsWrong(draft('scenario', 'user', notes), 'Amazon API Gateway'), false, 'users\' notes keep the kind rule');
    assert.strictEqual(namedAsWrong(draft('choose', 'bundled', notes), 'Amazon API Gateway'), false);
  });

  it('an SLA figure or a port is trivia in a bundled number question; a limit is not', () => {
    assert.match(contractTrivia('What availability SLA does the DNS service promise?') ?? '', /SLA/);
    assert.match(contractTrivia('Which port do TLS clients of the broker cluster use by default?') ?? '', /port/);
    assert.strictEqual(contractTrivia('How many days does the stream keep records by default?'), undefined);
    assert.strictEqual(contractTrivia('What is the largest message the queue accepts?'), undefined);
    assert.match(contractTrivia('Fill in the blank (Audit log): Log files usually land in the bucket within about _____ of the call.') ?? '', /approximate/);
    assert.strictEqual(contractTrivia('Fill in the blank (Audit log): Log files are kept for _____ by default.'), undefined);
  });

  it('a bundled service card with fewer than two credible wrong options is dropped; near kinds count outside security', function () {
    this.timeout(60000);
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const ctx = new QuizContext(kb, kb.documents());
    const card = draft('card', 'bundled');
    // A credential store among a key store and two protection services: one option competes.
    assert.match(thinKind(ctx, card, ['AWS Secrets Manager'], ['AWS Key Management Service', 'Amazon Macie', 'AWS Shield']) ?? '', /1 credible/);
    // Build and pipeline services beside the stack engine are near kinds an exam sets together.
    assert.strictEqual(thinKind(ctx, card, ['AWS CloudFormation'], ['AWS CodeBuild', 'AWS CodePipeline', 'AWS CodeDeploy']), undefined);
    // A rival the note names as wrong counts whatever its kind; users' notes are not checked here.
    const named = draft('scenario', 'bundled', new Map([['Amazon Macie', 'It scans objects and stores no secrets.'], ['AWS Shield', 'It stops floods and keeps no passwords.']]));
    assert.strictEqual(thinKind(ctx, named, ['AWS Secrets Manager'], ['AWS Key Management Service', 'Amazon Macie', 'AWS Shield']), undefined);
    assert.strictEqual(thinKind(ctx, draft('card', 'user'), ['AWS Secrets Manager'], ['AWS Key Management Service', 'Amazon Macie', 'AWS Shield']), undefined);
  });
});

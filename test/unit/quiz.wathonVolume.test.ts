// Issue 9, users' notes volume: two idioms of a Foam-style study vault, in our own words.
//  - two or three sibling headings that each name a service and open with what it does (serviceHeadings.ts);
//  - a later question of a definition list drawing an option set its list has not shown yet (listOnce.ts).
import * as assert from 'assert';
import { Draft } from '../../src/core/quiz/draft';
import { extractHeadingPairs } from '../../src/core/quiz/extract/serviceHeadings';
import { ListOnce } from '../../src/core/quiz/listOnce';
import { userChoiceQuestions, userDoc } from './userNotes';

describe('quiz: users\' notes volume (service heading pairs, fresh option sets)', () => {
  const pair = [
    '# Audit and configuration', '', '## 2. What each service does', '',
    '### AWS CloudTrail (who did what)', '- Keeps a history of the API requests that people, roles and services make in an account.', '',
    '### AWS Config (resource settings)', '- Tracks how the settings of resources change over time and checks them against your rules.', '',
  ];

  it('reads two sibling headings that each open with what they are as one group', () => {
    const [group, ...rest] = extractHeadingPairs(userDoc(pair.join('\n')));
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual(group.terms.map((t) => t.term), ['AWS CloudTrail', 'AWS Config']);
    assert.match(group.terms[0].definition, /^Keeps a history of the API requests/);
    // A group with a sibling that is not a member (no description: a tip) is no group.
    const mixed = [...pair, '### Exam tips', '- **Trap**: audit questions often mention logs.'];
    assert.deepStrictEqual(extractHeadingPairs(userDoc(mixed.join('\n'))), []);
    // Four siblings or more are a heading family of their own (headingFamilies.ts), not a pair.
    const four = ['# N', '', '## Parts', '', ...['A', 'B', 'C', 'D'].flatMap((x) => [`### Part ${x}`, `- Holds the records that the part ${x} keeps for the team.`, ''])];
    assert.deepStrictEqual(extractHeadingPairs(userDoc(four.join('\n'))), []);
  });

  it('asks each service of the pair by its description, beside its sibling and services of its kind', () => {
    const qs = userChoiceQuestions({ 'audit.md': pair });
    const trail = qs.find((q) => q.stem === 'Which AWS service is described here: “Keeps a history of the API requests that people, roles and services make in an account”?');
    assert.ok(trail, qs.map((q) => q.stem).join('\n'));
    assert.deepStrictEqual(trail.answers.map((a) => trail.options[a]), ['AWS CloudTrail']);
    assert.strictEqual(trail.options.length, 4);
    assert.ok(trail.options.includes('AWS Config'), trail.options.join(' | '));
  });

  it('leaves out a pair whose headings are not both services', () => {
    const lines = [
      '# Notes', '', '## Parts', '',
      '### AWS CloudTrail (who did what)', '- Keeps a history of the API requests that people, roles and services make in an account.', '',
      '### Audit Bucket Layout', '- Stores every trail file under a prefix per account and per day of the year.', '',
    ];
    assert.strictEqual(userChoiceQuestions({ 'mixed.md': lines }).filter((q) => /described here/.test(q.stem)).length, 0);
  });

  it('orders a later list question\'s siblings so that its option set is one the list has not shown', () => {
    const doc = userDoc('# N\n\n## Parts\n\n- x\n');
    const draft = (key: string, distractors: string[], source: 'user' | 'bundled' = 'user'): Draft => ({
      kind: 'identify', stem: `Which part is described here: “${key}”?`, correct: [key], distractors, optionKind: 'text', explanation: '',
      section: doc.sections[0], doc: source === 'user' ? doc : { ...doc, source }, line: 1, serviceIds: [], answerServiceIds: [], family: 'list-1',
    });
    const lists = new ListOnce();
    assert.strictEqual(lists.freshOrder(draft('Alpha', ['Beta', 'Gamma', 'Delta', 'Omega'])), undefined, 'nothing kept yet: the order stays');
    lists.keep(draft('Beta', []), ['Alpha', 'Beta', 'Gamma', 'Delta']);
    // Alpha's first three siblings with Alpha are the set Beta's question showed: Omega comes in.
    assert.deepStrictEqual(lists.freshOrder(draft('Alpha', ['Beta', 'Gamma', 'Delta', 'Omega'])), ['Beta', 'Gamma', 'Omega', 'Delta']);
    // A first three that is already new keeps its order; so does a bundled note's list (one question per list is a users' rule).
    assert.strictEqual(lists.freshOrder(draft('Alpha', ['Beta', 'Omega', 'Delta', 'Gamma'])), undefined);
    assert.strictEqual(lists.freshOrder(draft('Alpha', ['Beta', 'Gamma', 'Delta', 'Omega'], 'bundled')), undefined);
    // Four members only: every set with the key is the one shown.
    assert.strictEqual(lists.freshOrder(draft('Alpha', ['Beta', 'Gamma', 'Delta'])), undefined);
  });
});

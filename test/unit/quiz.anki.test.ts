// The Anki export: a text file with Anki's file headers, one Basic note per question, HTML-escaped.
// Parsed back here the way Anki's importer reads it (headers, tab-separated columns, HTML fields).
import * as assert from 'assert';
import { ANKI_COLUMNS, questionsForExport, toAnkiText } from '../../src/core/quiz/anki';
import { Question } from '../../src/core/quiz/types';
import { items, parseAnki, unescape } from '../support/anki';
import { question } from '../support/questions';

describe('Anki export', () => {
  const tricky: Question = {
    ...question({ id: 'q-html', domain: 2, task: '2.1', serviceIds: ['s3', 'athena'], answers: [0] }),
    stem: 'A team stores <script>alert(1)</script> & "logs"\tin S3.\nWhich service queries them?',
    options: ['Amazon Athena', 'Amazon <b>Redshift</b>', 'AWS Glue & co', 'Amazon EMR'],
    optionNotes: ['', 'needs a cluster', '', 'runs Spark'],
    reference: 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  };
  const questions: Question[] = [
    tricky,
    question({ id: 'q-two', domain: 1, task: '1.1', answers: [0, 3], authored: { exam: 2, number: 4 } }),
    question({ id: 'q-recall', domain: 4, recall: true }),
  ];
  const text = toAnkiText(questions, { sourceLabel: (q) => `notes/${q.id}.md:7`, serviceName: (id) => id.toUpperCase() });
  const file = parseAnki(text);

  it('starts with the headers Anki reads: separator, HTML, note type, columns, guid, deck and tags columns', () => {
    assert.deepStrictEqual([...file.headers.keys()], ['separator', 'html', 'notetype', 'columns', 'guid column', 'deck column', 'tags column']);
    assert.strictEqual(file.headers.get('html'), 'true');
    assert.strictEqual(file.headers.get('notetype'), 'Basic');
    const cols = file.headers.get('columns')!.split('\t');
    assert.deepStrictEqual(cols, [...ANKI_COLUMNS]);
    assert.strictEqual(cols[Number(file.headers.get('guid column')) - 1], 'GUID');
    assert.strictEqual(cols[Number(file.headers.get('deck column')) - 1], 'Deck');
    assert.strictEqual(cols[Number(file.headers.get('tags column')) - 1], 'Tags');
  });

  it('gives back the same questions: one note each, with id, stem, options, answer and source', () => {
    assert.strictEqual(file.rows.length, questions.length);
    file.rows.forEach((row, i) => {
      const q = questions[i];
      assert.strictEqual(row.GUID, `de-study-${q.id}`);
      const stem = unescape(row.Front.split('</div>')[0].replace(/^<div>/, '').replace(/<br>/g, '\n'));
      assert.strictEqual(stem, q.stem.replace(/\t/g, ' '));
      assert.deepStrictEqual(items(row.Front.split('</ol>')[0]), q.options);
      const answer = /<b>Answer:<\/b> (.*?)<\/div>/.exec(row.Back)![1];
      if (q.format === 'recall') assert.strictEqual(unescape(answer), q.answerText);
      else assert.deepStrictEqual(answer.split('<br>').map(unescape), q.answers.map((a) => `${String.fromCharCode(65 + a)}. ${q.options[a]}`));
      assert.ok(row.Back.includes(`Source: notes/${q.id}.md:7`), row.Back);
      assert.ok(unescape(row.Back).includes(q.explanation));
    });
  });

  it('escapes note text: no tag of the note survives as markup, tabs and line breaks never split a note', () => {
    const row = file.rows[0];
    assert.ok(!row.Front.includes('<script>') && row.Front.includes('&lt;script&gt;'));
    assert.ok(!row.Front.includes('<b>Redshift</b>'));
    assert.ok(row.Front.includes('<br>'), 'the line break of the stem is kept as <br>');
    assert.ok(row.Back.includes('<li><b>B:</b> needs a cluster</li>'), 'why the distractors fail');
    assert.ok(row.Back.includes('<b>Services:</b> S3, ATHENA'));
    assert.ok(row.Back.includes('https://docs.aws.amazon.com/athena/latest/ug/what-is.html'));
  });

  it('files each note in a deck per domain and tags it with domain, task, services and practice exam', () => {
    assert.strictEqual(file.rows[0].Deck, 'DE Study::Domain 2 Data Store Management');
    assert.deepStrictEqual(file.rows[0].Tags.split(' '), ['DE_Study', 'kind::choose', 'domain::2', 'task::2.1', 'service::s3', 'service::athena']);
    assert.ok(file.rows[1].Tags.split(' ').includes('practice_exam::2'));
    assert.ok(/Choose TWO/.test(file.rows[1].Front));
    assert.ok(!file.rows[2].Front.includes('<ol'), 'a recall card has no options');
  });

  it('filters by domain, service, notes folder, and leaves reported questions out', () => {
    const qs = [
      question({ id: 'a', domain: 1, serviceIds: ['glue'], file: '/mine/a.md' }),
      question({ id: 'b', domain: 2, serviceIds: ['s3'], file: '/bundled/b.md' }),
      question({ id: 'c', domain: 1, serviceIds: ['s3'], file: '/mine/c.md' }),
    ];
    const ids = (f: Parameters<typeof questionsForExport>[1]) => questionsForExport(qs, f).map((q) => q.id);
    assert.deepStrictEqual(ids({ domain: 1 }), ['a', 'c']);
    assert.deepStrictEqual(ids({ serviceId: 's3' }), ['b', 'c']);
    assert.deepStrictEqual(ids({ keep: (q) => q.source.file.startsWith('/mine/') }), ['a', 'c']);
    assert.deepStrictEqual(ids({ excludeIds: new Set(['a']) }), ['b', 'c']);
  });
});

// A user's "exam tips" line keyed to a feature is asked as "Which <service> feature …" of the service its note is
// about. Two ways that noun went wrong (found while checking the corpora, 2 December 2026): a product of its own
// name listed in a service note's tips (Amazon Comprehend among SageMaker's) was asked as a SageMaker feature and
// offered as one; and a key that is also a row of a table about another service (row-level security, a row of the
// bundled Redshift security table) took that table's noun ("Which Redshift governance feature …") in a QuickSight note.
import * as assert from 'assert';
import { userBank } from './userNotes';

const ML_NOTE = [
  '---',
  'title: Amazon SageMaker and other AI services',
  'type: aws-service',
  'category: Machine Learning',
  '---',
  '',
  '# Amazon SageMaker and other AI services',
  '',
  '## Exam pointers',
  '',
  '- **Reuse curated model inputs across several data science teams from one governed repository**: Choose **Amazon SageMaker Feature Store**.',
  '- **Record which datasets, jobs and models produced each deployed endpoint for audits**: Choose **Amazon SageMaker ML Lineage Tracking**.',
  '- **Detect and redact personal details such as names and addresses inside customer support emails**: Choose **Amazon Comprehend**.',
  '- **Pull printed tables and form fields out of scanned supplier invoices**: Choose **Amazon Textract**.',
  '- **Label thousands of training images with a managed human workforce before training**: Choose **Amazon SageMaker Ground Truth**.',
];

const BI_NOTE = [
  '---',
  'title: Amazon QuickSight',
  'type: aws-service',
  'category: Analytics',
  '---',
  '',
  '# Amazon QuickSight (dashboards for business users)',
  '',
  '## 3. Exam Tips',
  '',
  '> [!IMPORTANT]',
  '> - **Dashboard readers see only the rows of their own sales region**: Enforce **Row-Level Security (RLS)** with user mapping tables.',
  '> - **Quick dashboards over very large datasets**: Import the data into **SPICE** in QuickSight.',
];

describe('quiz: the owner named by a user\'s feature question', () => {
  const bank = userBank({ 'ml-services.md': ML_NOTE, 'bi-dashboards.md': BI_NOTE });
  const mine = bank.questions.filter((q) => q.source.file.startsWith('/user/'));

  it('never asks or offers a product of its own name as a feature of the note\'s service', () => {
    const sageMakerFeature = mine.filter((q) => /^Which SageMaker feature\b/.test(q.stem));
    for (const q of sageMakerFeature) {
      for (const o of q.options) assert.ok(/SageMaker/.test(o), `${o} offered as a SageMaker feature: ${q.stem}`);
    }
    // Comprehend and Textract are asked, if at all, as AWS services, never as SageMaker's.
    for (const q of mine.filter((x) => x.answers.some((a) => /Comprehend|Textract/.test(x.options[a])))) {
      assert.ok(!/SageMaker feature/.test(q.stem), q.stem);
    }
  });

  it('does not take another service\'s table noun for a key of a service note', () => {
    const rls = [...mine, ...bank.rejections.filter((r) => r.file.startsWith('/user/')).map((r) => ({ stem: r.stem }))]
      .filter((q) => /sales region/.test(q.stem));
    assert.ok(rls.length > 0, 'the row-level security line was drafted');
    for (const q of rls) assert.ok(!/Redshift/.test(q.stem), q.stem);
  });
});

// The bundled notes are study content: this checks they are complete, well-formed and agree with the
// reference table of services wherever that table is confirmed. The table's identifier columns live in
// test/data/service-reference.tsv (copied from the shared reference by scripts/refresh-service-reference.mjs),
// so a plain clone runs this test too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { IDENTIFIER_KINDS, NoteDocument, Service } from '../../src/core/model';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

interface RefRow { [column: string]: string }

function readReference(): RefRow[] {
  const file = path.join(TEST_DATA_DIR, 'service-reference.tsv');
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/** Confirmed identifier tokens of a reference cell: ';'-separated, notes in parentheses dropped, '?' ones skipped. */
function tokens(cell: string): string[] {
  return cell.split(';').map((t) => t.trim()).filter((t) => t && !t.includes('?'))
    .map((t) => t.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/)[0]).filter(Boolean);
}

const OPEN_SOURCE = /^(apache )?(kafka|airflow|flink|spark|hive|presto|trino|cassandra|redis|valkey|iceberg|hudi|grafana|elasticsearch|opensearch|mongodb)$/i;

describe('bundled notes', () => {
  let kb: KnowledgeBase;
  let docs: NoteDocument[];
  const ref = readReference();
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    docs = kb.documents();
  });

  it('parse with no diagnostics', () => {
    assert.deepStrictEqual(kb.diagnostics().map((d) => `${d.file}:${d.line}: ${d.message}`), []);
  });

  it('have a section for each of the 17 task statements', () => {
    const tasks = new Set<string>();
    for (const d of docs.filter((x) => x.kind === 'domain')) {
      for (const s of d.sections) { const m = /^([1-4]\.[1-5])\s/.exec(s.title); if (m && s.level === 2) tasks.add(m[1]); }
    }
    const expected = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '4.5'];
    assert.deepStrictEqual([...tasks].sort(), expected);
  });

  it('have a service note per reference row, 49 comparisons and 20 concepts, as shipped', () => {
    const count = (k: string) => docs.filter((d) => d.kind === k).length;
    assert.strictEqual(count('service'), ref.length, 'one service note per row of the reference table');
    assert.strictEqual(count('comparison'), 49);
    assert.strictEqual(count('concept'), 20);
    assert.strictEqual(kb.stats().cards, 1050, 'cards as shipped');
    for (const d of docs.filter((x) => x.kind === 'comparison')) {
      assert.ok(d.sections.some((s) => s.choiceRows.length >= 2), `${d.relPath} has no "Choose … when" table`);
    }
  });

  it('have service front matter that matches the schema', () => {
    const problems: string[] = [];
    for (const d of docs.filter((x) => x.kind === 'service')) {
      const s = kb.service(d.serviceId ?? '');
      if (!s) { problems.push(`${d.relPath}: no catalog entry`); continue; }
      if (path.basename(d.file, '.md') !== s.id) problems.push(`${d.relPath}: file name differs from id ${s.id}`);
      if (!s.description || s.description.length < 20) problems.push(`${d.relPath}: description missing or too short`);
      if (!s.docs || !/^https:\/\/(docs\.)?aws\.amazon\.com\//.test(s.docs)) problems.push(`${d.relPath}: docs must be an https AWS URL`);
      if (!s.category) problems.push(`${d.relPath}: category missing`);
      if (s.parent && !kb.service(s.parent)) problems.push(`${d.relPath}: parent ${s.parent} is not a service`);
      if (s.keyFacts.length < 2) problems.push(`${d.relPath}: needs a "Key facts" list`);
      for (const k of Object.keys(s.identifiers)) if (!(IDENTIFIER_KINDS as readonly string[]).includes(k)) problems.push(`${d.relPath}: identifier kind ${k}`);
      for (const n of [...s.aliases, ...s.formerNames, s.shortName ?? '']) if (OPEN_SOURCE.test(n)) problems.push(`${d.relPath}: "${n}" is an open-source engine, not the service`);
      if (!d.sections.some((x) => x.title === 'Cards' && x.cards.length >= 3)) problems.push(`${d.relPath}: needs 3+ cards under "Cards"`);
      if (!d.sections.some((x) => x.questions.length > 0)) problems.push(`${d.relPath}: needs a question-like passage`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('agree with the reference table: ids, names and confirmed identifiers', () => {
    assert.strictEqual(ref.length, 125);
    const problems: string[] = [];
    const byId = new Map(ref.map((r) => [r.id, r]));
    for (const r of ref) if (!kb.service(r.id)) problems.push(`no note for ${r.id}`);
    for (const s of kb.services.values()) {
      const r = byId.get(s.id);
      if (!r) { problems.push(`${s.id}: not in the reference table`); continue; }
      const names = [s.name, s.shortName, ...s.aliases, ...s.formerNames].map((n) => (n ?? '').toLowerCase());
      if (!names.includes(r.official_name.toLowerCase())) problems.push(`${s.id}: official name "${r.official_name}" is not among its names`);
      const has = (kind: keyof Service['identifiers'], value: string) => (s.identifiers[kind] ?? []).some((v) => v.toLowerCase() === value.toLowerCase());
      for (const t of tokens(r.boto3_clients)) if (!has('boto3', t)) problems.push(`${s.id}: boto3 ${t} missing`);
      for (const t of tokens(r.js_sdk_v3_packages).filter((x) => x.startsWith('@aws-sdk/'))) if (!has('jsSdk', t)) problems.push(`${s.id}: JS SDK ${t} missing`);
      for (const t of tokens(r.iam_namespace)) if (!has('iam', t)) problems.push(`${s.id}: IAM namespace ${t} missing`);
      for (const t of tokens(r.cfn_namespace).filter((x) => x.startsWith('AWS::'))) {
        const covered = (s.identifiers.cfn ?? []).some((v) => v === t || t.startsWith(v) || v.startsWith(t));
        if (!covered) problems.push(`${s.id}: CloudFormation ${t} missing`);
      }
      for (const t of tokens(r.terraform_prefixes).filter((x) => x.startsWith('aws_'))) {
        const covered = (s.identifiers.terraform ?? []).some((v) => v === t || (v.endsWith('_') && t.startsWith(v)) || v.startsWith(t));
        if (!covered) problems.push(`${s.id}: Terraform ${t} missing`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('link only to notes that exist', () => {
    const broken: string[] = [];
    for (const d of docs) {
      for (const s of d.sections) {
        for (const l of s.links) {
          if (/^(https?:|mailto:|#)/.test(l.target)) continue;
          const target = path.resolve(path.dirname(d.file), decodeURIComponent(l.target.split('#')[0]));
          if (!fs.existsSync(target)) broken.push(`${d.relPath}:${l.line} → ${l.target}`);
        }
      }
    }
    assert.deepStrictEqual(broken, []);
  });

  it('use current names, with the old name said', () => {
    const firehose = kb.service('data-firehose')!;
    assert.strictEqual(firehose.name, 'Amazon Data Firehose');
    assert.ok(firehose.formerNames.some((n) => /Kinesis Data Firehose/.test(n)));
    const flink = kb.service('managed-service-for-apache-flink')!;
    assert.ok(flink.formerNames.some((n) => /Kinesis Data Analytics/.test(n)));
    assert.ok(kb.service('opensearch-service')!.formerNames.some((n) => /Elasticsearch Service/.test(n)));
  });

  it('carry the current values of limits that changed', () => {
    const text = (id: string) => kb.documents().find((d) => d.serviceId === id)!.sections.map((s) => s.text).join('\n');
    assert.match(text('sqs'), /1 MiB/);
    assert.doesNotMatch(text('sqs'), /maximum (message )?size (is|of) 256 KiB/i);
    assert.match(text('kinesis-data-streams'), /10 MiB/);
    assert.match(text('s3'), /up to 50 TB/);
  });
});

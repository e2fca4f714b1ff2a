// Where a question sits in the exam guide (placement.ts): the section's task first, then the note's domains,
// the domains its services share most, the domain notes it links to, and last the services' catalog category.
import * as assert from 'assert';
import { NoteDocument, Section, Service } from '../../src/core/model';
import { PlacementSource, QuestionPlacement } from '../../src/core/quiz/placement';

function svc(id: string, category: string, domains: number[] = [], tasks: string[] = []): Service {
  return { id, name: `Amazon ${id}`, category, domains, tasks } as unknown as Service;
}

function note(over: Partial<NoteDocument>, markdown = 'Plain text about a pipeline.', task?: string): { doc: NoteDocument; section: Section } {
  const section = { id: 'n#1', title: 'Notes', markdown, task, startLine: 1 } as unknown as Section;
  const doc = { id: 'n', title: 'My note', domains: [], tasks: [], sections: [section], frontMatter: {}, ...over } as unknown as NoteDocument;
  return { doc, section };
}

function source(services: Service[], own?: string): PlacementSource & { asked: number } {
  const byId = new Map(services.map((s) => [s.id, s]));
  const src = {
    asked: 0,
    docService: () => { src.asked++; return own; },
    service: (id: string) => byId.get(id),
  };
  return src;
}

describe('question placement', () => {
  it("takes the section's task heading before anything else", () => {
    const { doc, section } = note({ domains: [1] }, 'Text.', '3.2');
    assert.deepStrictEqual(new QuestionPlacement(source([])).place({ doc, section, serviceIds: [] }), { domain: 3, task: '3.2' });
  });

  it('picks the domain of the note that most of its services share, and the first task of that domain', () => {
    const s = [svc('glue', 'Analytics', [3], ['3.4']), svc('athena', 'Analytics', [3, 1], ['3.1'])];
    const { doc, section } = note({ domains: [1, 3] });
    assert.deepStrictEqual(new QuestionPlacement(source(s)).place({ doc, section, serviceIds: ['glue', 'athena'] }), { domain: 3, task: '3.4' });
  });

  it('falls back on the domain notes the note links to, then on the catalog category of its service', () => {
    const linked = note({}, 'See [[domain-2-store]] for the storage side.');
    assert.deepStrictEqual(new QuestionPlacement(source([])).place({ ...linked, serviceIds: [] }), { domain: 2, task: undefined });
    // A user's service note: no domains anywhere, its service is a storage service.
    const own = note({});
    const s3 = svc('s3', 'Storage', [], ['2.1']);
    assert.deepStrictEqual(new QuestionPlacement(source([s3], 's3')).place({ ...own, serviceIds: [] }), { domain: 2, task: '2.1' });
    assert.deepStrictEqual(new QuestionPlacement(source([])).place({ ...note({}), serviceIds: [] }), {});
  });

  it("asks the note's service once per note until released", () => {
    const src = source([svc('s3', 'Storage', [2])], 's3');
    const p = new QuestionPlacement(src);
    const { doc, section } = note({});
    p.place({ doc, section, serviceIds: [] });
    p.place({ doc, section, serviceIds: [] });
    assert.strictEqual(src.asked, 1);
    p.release();
    p.place({ doc, section, serviceIds: [] });
    assert.strictEqual(src.asked, 2);
  });
});

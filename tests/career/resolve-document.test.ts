import { describe, expect, it } from 'vitest';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { resolveDocument } from '../../src/career/writing/resolve-document.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';

// Session 38, nlu39: a letter named by its company or its tone ("the formal letter") is found as the person means it.
const world = evalWorldSchema.parse({
  results: [
    { id: 'job_a', title: 'Line Cook', company: 'Marlowe Bistro' },
    { id: 'job_b', title: 'Sous Chef', company: 'Greenhouse Kitchen' },
  ],
  documents: [
    { id: 'doc_a', kind: 'cover_letter', job: 'job_a', tone: 'professional', title: 'Cover letter — Line Cook at Marlowe Bistro' },
    { id: 'doc_b', kind: 'interview_prep', job: 'job_b', title: 'Interview prep — Sous Chef at Greenhouse Kitchen' },
    { id: 'doc_c', kind: 'cover_letter', job: 'job_b', tone: 'enthusiastic', title: 'Cover letter — Sous Chef at Greenhouse Kitchen' },
  ],
});
const { documents } = inMemoryCareer({}, worldCareer(world));
const idOf = async (phrase: string) => {
  const resolved = await resolveDocument(phrase, {}, documents);
  return resolved.ok ? resolved.document.id : resolved.error;
};

describe('resolveDocument', () => {
  it.each([
    ['the formal letter', 'doc_a'],
    ['the enthusiastic one', 'doc_c'],
    ['formal', 'doc_a'],
    ['the Marlowe Bistro letter', 'doc_a'],
    ['greenhouse', 'doc_c'],
    ['the greenhouse interview prep', 'doc_b'],
    ['doc_b', 'doc_b'],
  ])('"%s" is %s', async (phrase, id) => {
    expect(await idOf(phrase)).toBe(id);
  });

  it('a tone no letter has, like any words no title holds, is the newest of the kind named; no kind named is an error', async () => {
    expect(await idOf('the confident letter')).toBe('doc_c');
    expect(await idOf('the harbour prep')).toBe('doc_b');
    expect(await idOf('nothing like it')).toMatch(/No document matches "nothing like it"/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';
import { outcomeOf } from '../helpers/rules-outcome.ts';

// A joiner applying to a shopfitting firm.
const resume: ResumeRecord = {
  id: 'res_j1', label: 'main', format: 'docx', filename: null, parent_id: null, job_id: null, created_at: '2026-12-01T09:00:00Z', active: true, corrected_at: null, corrections: [],
  raw_text: 'Callum Reid\nBench Joiner, Thistle Interiors (2018 – present)\nBuilt 300 bespoke counters and display units for retail fit-outs\nSkills: Joinery, CNC routing, Site surveys',
  resume: {
    basics: { name: 'Callum Reid', label: 'Bench Joiner' },
    work: [{ name: 'Thistle Interiors', position: 'Bench Joiner', startDate: '2018-04', highlights: ['Built 300 bespoke counters and display units for retail fit-outs'] }],
    skills: [{ name: 'Skills', keywords: ['Joinery', 'CNC routing', 'Site surveys'] }],
  },
};
const shopfitter = jobRecord('f00000000001', { title: 'Shopfitter', company: 'Larchmont Fitouts', location: 'Glasgow', description: 'Requirements\n- Joinery\n- Site surveys\n- Full driving licence' });

async function run(name: string, args: Record<string, unknown>, references: Record<string, string>, career: ReturnType<typeof fakeCareerDependencies>): Promise<ActionResult> {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references };
  return (await createActions(career).get(name)?.run(args as never, context)) as ActionResult;
}

describe('revise_cover_letter in a tone the person asks for', () => {
  it('writes a tone the writer lacks in the closest one and says so, as a new letter does', async () => {
    const career = fakeCareerDependencies({}, { jobs: [shopfitter], resumes: [resume] });
    const letter = await run('write_cover_letter', { job: shopfitter.id, tone: 'professional' }, {}, career);
    const humbler = await run('revise_cover_letter', { change: 'less_formal', tone: 'warm', tone_asked: 'humble' }, { last_document_id: String(letter.data?.document_id) }, career);
    expect(humbler.ok).toBe(true);
    expect(humbler.summary).toMatch(/^I don't have a humble tone; I wrote a warm one, the closest: .*Wrote a less formal version of "Cover letter — Shopfitter at Larchmont Fitouts" .* in the warm tone/s);
  });

  it('says the asked tone when the letter is already in the closest one', async () => {
    const career = fakeCareerDependencies({}, { jobs: [shopfitter], resumes: [resume] });
    const letter = await run('write_cover_letter', { job: shopfitter.id, tone: 'warm' }, {}, career);
    const again = await run('revise_cover_letter', { change: 'less_formal', tone: 'warm', tone_asked: 'friendly but firm' }, { last_document_id: String(letter.data?.document_id) }, career);
    expect(again).toMatchObject({ ok: false, summary: expect.stringMatching(/^I don't have a friendly but firm tone without a language model; the closest I have is warm, and .* is already warm/) });
  });

  it('is read by the built-in planner with the words asked kept', async () => {
    const registry = fakeActions();
    const planner = createRulesPlanner({ registry });
    const references = { last_document_id: 'doc_5e1f0a9b2c' };
    expect(await outcomeOf(planner, registry, 'could you make it a bit more modest', { references })).toEqual({ action: 'revise_cover_letter', args: { change: 'less_formal', tone: 'warm', tone_asked: 'modest' } });
    expect(await outcomeOf(planner, registry, 'warmer but still firm pls', { references })).toMatchObject({ action: 'revise_cover_letter', args: { tone: 'warm', tone_asked: 'warmer but still firm' } });
    expect(await outcomeOf(planner, registry, 'a cover letter for Larchmont Fitouts, friendly but firm please')).toMatchObject({ action: 'write_cover_letter', args: { tone: 'warm', tone_asked: 'friendly but firm' } });
  });
});

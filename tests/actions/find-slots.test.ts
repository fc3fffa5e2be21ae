import { describe, expect, it } from 'vitest';
import { findResume } from '../../src/actions/phrasing/find-resume.ts';
import { findFocus, findHiringManager, findNote } from '../../src/actions/phrasing/find-slots.ts';
import { fillSlots } from '../../src/planner/rules/fill-slots.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

const known = {
  jobs: [],
  resumes: [
    { id: 'res_a', label: 'ops', format: 'pdf' },
    { id: 'res_b', label: 'teaching', format: 'pdf' },
    { id: 'res_c', label: 'research', format: 'docx' },
  ],
};
const context = { references: {}, history: [], allowedApps: [], known };

describe('optional arguments said anywhere', () => {
  it.each([
    ['redo my cv for the bakery role, especially the experience bullets', 'experience'],
    ['tailor it keywords-wise', 'keywords'],
    ['fix up my resume for it, mostly the profile', 'summary'],
    ['tailor my resume for the florist job', undefined],
  ])('focus in %j', (sentence, focus) => {
    expect(findFocus(sentence)).toBe(focus);
  });

  it.each([
    ['letter for the Quayside job. The hiring manager is Dr. Ines Varga.', 'Ines Varga'],
    ['write to Oakum, his name is Tomas de la Vega', 'Tomas de la Vega'],
    ['address it to Mrs Okonjo please', 'Okonjo'],
    ['write a letter for the manager role', undefined],
  ])('hiring manager in %j', (sentence, name) => {
    expect(findHiringManager(sentence)).toBe(name);
  });

  it.each([
    ['keep #4 w a note: met them at a meetup', 'met them at a meetup'],
    ['Could you bookmark the Ferrule job? Note: apply by Friday.', 'apply by Friday'],
    ['save the notes app job', undefined],
  ])('note in %j', (sentence, note) => {
    expect(findNote(sentence)).toBe(note);
  });

  it('names a resume by label, id or a format that is one resume, and asks when a format is several', () => {
    expect(findResume('score my research cv against it', context)).toEqual({ resume: 'research' });
    expect(findResume('use res_c', context)).toEqual({ resume: 'res_c' });
    expect(findResume('the docx one', context)).toEqual({ resume: 'docx' });
    expect(findResume('switch to the pdf version', context)).toHaveProperty('reply');
    expect(findResume('show me my resume', context)).toBeNull();
    expect(findResume('use my marketing resume', { known: undefined })).toEqual({ resume: 'marketing' });
  });

  it('fills only arguments the action takes and lacks', () => {
    const registry = fakeActions();
    const letter = { action: 'write_cover_letter', args: { job: 'Quayside' }, text: 'letter for Quayside' };
    expect(fillSlots(letter, 'letter for Quayside, upbeat tone, use my teaching resume', context, registry).args).toEqual({
      job: 'Quayside',
      tone: 'enthusiastic',
      resume: 'teaching',
    });
    const save = { action: 'save_job', args: { job: '2' }, text: 'save #2' };
    expect(fillSlots(save, 'save #2 with my ops resume, note: ask Sam', context, registry).args).toEqual({ job: '2', notes: 'ask Sam' });
  });
});

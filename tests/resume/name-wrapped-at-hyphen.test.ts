/**
 * A double-barrelled name wrapped at its hyphen ("Ama Owusu-" / "Ansah"), in text and set large in a
 * PDF; and a main column's "Personal Summary" heading read before a sidebar that holds the name. Every
 * resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { buildResumePdf } from './build-resume-documents.ts';

describe('a name wrapped at its hyphen', () => {
  it('goes on with no space in text', () => {
    const resume = parseSections(['Ama Owusu-', 'Ansah', 'ama.oa@example.org', 'Skills', 'Excel, Sage 300'].join('\n'));
    expect(resume.basics?.name).toBe('Ama Owusu-Ansah');
  });

  it('goes on with no space when set large in a PDF', async () => {
    const pdf = await buildResumePdf([
      { text: 'Ama Owusu-', kind: 'name' },
      { text: 'Ansah', kind: 'name' },
      { text: 'ama.oa@example.org' },
      { text: 'Skills', kind: 'heading' },
      { text: 'Excel, Sage 300' },
    ]);
    expect((await parseResumeBytes(pdf, 'ama.pdf')).resume.basics?.name).toBe('Ama Owusu-Ansah');
  });

  it('keeps a space between a given name and a surname on the next line', () => {
    expect(parseSections(['Ama', 'Mensah', 'ama.m@example.org', 'Skills', 'Excel'].join('\n')).basics?.name).toBe('Ama Mensah');
  });
});

describe('"Personal Summary" read before the name', () => {
  it('is a heading, not the name, and "Skills & Proficiency" opens the skills', () => {
    const resume = parseSections(
      ['Personal Summary', 'Ama Mensah', 'Payroll Officer', 'ama.m@example.org', 'Work Experience', 'Payroll Officer', '2019 - Present', 'Tema Mills', 'Skills & Proficiency', 'Sage 300, Excel'].join('\n'),
    );
    expect(resume.basics?.name).toBe('Ama Mensah');
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [skill.name])).toEqual(['Sage 300', 'Excel']);
  });
});

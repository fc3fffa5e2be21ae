import { describe, expect, it } from 'vitest';
import { readResumeFile } from '../../src/resume/read-resume-file.ts';

const fixture = (name: string) => new URL(`../fixtures/resume/word-processor/${name}`, import.meta.url).pathname;

describe('a resume made by a word processor (LibreOffice Writer)', () => {
  it.each(['resume.pdf', 'resume.docx'])('%s parses into the same employers, dates and skills', async (name) => {
    const { resume, rawText } = await readResumeFile(fixture(name));
    expect(resume.basics).toMatchObject({
      name: 'Grace Okafor',
      label: 'Senior Software Engineer',
      email: 'grace.okafor@example.com',
      phone: '+44 20 7946 0958',
      location: { city: 'London', countryCode: 'GB' },
    });
    expect(resume.basics?.profiles).toEqual([{ network: 'GitHub', username: 'graceokafor', url: 'https://github.com/graceokafor' }]);
    expect(resume.work?.map((work) => [work.name, work.position, work.location, work.startDate, work.endDate])).toEqual([
      ['Monzo Bank', 'Senior Software Engineer', 'London', '2021-03', undefined],
      ['Bloomberg LP', 'Software Engineer', 'London', '2016-09', '2021-02'],
    ]);
    // The PDF wraps the first bullet onto a second line; it comes back as one highlight.
    expect(resume.work?.[0]?.highlights?.[0]).toBe(
      'Led the rewrite of the card authorisation path in Go, cutting p99 latency from 180 ms to 45 ms',
    );
    expect(resume.education).toEqual([
      { institution: 'University of Manchester', startDate: '2012', endDate: '2016', studyType: 'MEng', area: 'Computer Science', score: 'First Class Honours' },
    ]);
    const skills = (resume.skills ?? []).flatMap((skill) => skill.keywords ?? []);
    expect(skills).toEqual(['C++', 'C#', 'Go', 'TypeScript', 'Python', 'Node.js', '.NET', 'Kubernetes', 'PostgreSQL', 'Kafka', 'AWS']);
    expect(rawText).toContain('C++17');
  });

  it('keeps the right-aligned date column apart from the employer in the PDF text', async () => {
    const { rawText } = await readResumeFile(fixture('resume.pdf'));
    expect(rawText).toContain('Monzo Bank, London\tMar 2021 – Present');
  });
});

import { describe, expect, it } from 'vitest';
import { extractResumeText } from '../../src/resume/extract-text.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { buildResumeDocx, buildResumePdf, type ResumeDocumentLine } from './build-resume-documents.ts';

// A theme's header: the profiles show only a username or the network's name, the address is
// in the link. Further down, links to an employer and to a project's repository.
const linkedResume: ResumeDocumentLine[] = [
  { text: 'Ines Valcourt', kind: 'name' },
  { text: 'Write to me', link: 'mailto:ines.valcourt@example.net' },
  { text: 'ivalcourt-ml (LinkedIn)', link: 'https://www.linkedin.com/in/ivalcourt-ml' },
  { text: 'ivalcourt', link: 'https://gitlab.com/ivalcourt' },
  { text: 'Personal site', link: 'https://valcourt.example.org/' },
  { text: 'Experience', kind: 'heading' },
  { text: 'Quillmark Analytics', right: '2020 - Present' },
  { text: 'Machine Learning Engineer' },
  { text: 'Quillmark company site', link: 'https://quillmark.example.com' },
  { text: 'Projects', kind: 'heading' },
  { text: 'tidepool: a feature store', link: 'https://gitlab.com/ivalcourt/tidepool' },
  { text: 'Company page', link: 'https://www.linkedin.com/company/quillmark' },
];

describe('contact details kept only in hyperlinks', () => {
  it.each([
    ['PDF', 'ines.pdf', buildResumePdf],
    ['DOCX', 'ines.docx', buildResumeDocx],
  ] as const)('reads the e-mail, profiles and personal site from a %s file’s links', async (_kind, filename, build) => {
    const { resume } = await parseResumeBytes(await build(linkedResume), filename);
    expect(resume.basics?.email).toBe('ines.valcourt@example.net');
    expect(resume.basics?.profiles).toEqual([
      { network: 'LinkedIn', username: 'ivalcourt-ml', url: 'https://www.linkedin.com/in/ivalcourt-ml' },
      { network: 'GitLab', username: 'ivalcourt', url: 'https://gitlab.com/ivalcourt' },
    ]);
    // "Personal site" is on a header line: the person's own site. The employer's site and the
    // project's repository, further down, are not.
    expect(resume.basics?.url).toBe('https://valcourt.example.org');
  });

  it('gives each link with the text it sits on, and none for plain text', async () => {
    const pdf = await extractResumeText(await buildResumePdf(linkedResume.slice(0, 3)), 'ines.pdf');
    expect(pdf.links).toEqual([
      { url: 'mailto:ines.valcourt@example.net', text: 'Write to me' },
      { url: 'https://www.linkedin.com/in/ivalcourt-ml', text: 'ivalcourt-ml (LinkedIn)' },
    ]);
    expect((await extractResumeText(new TextEncoder().encode('Ines Valcourt\nines@example.net'), 'ines.txt')).links).toEqual([]);
  });

  it('takes the whole address from the link when the text shows it cut, and keeps a profile the text names', () => {
    const resume = parseSections('Ines Valcourt\nines.valcourt@example.ne\nlinkedin.com/in/ivalcourt-ml', {
      links: [
        { url: 'mailto:ines.valcourt@example.net', text: 'ines.valcourt@example.ne' },
        { url: 'https://www.linkedin.com/in/someone-else', text: 'Recommended by' },
      ],
    });
    expect(resume.basics?.email).toBe('ines.valcourt@example.net');
    expect(resume.basics?.profiles?.map((profile) => profile.url)).toEqual(['https://linkedin.com/in/ivalcourt-ml']);
  });

  it('does not take a site whose name ends in "x.com" for Twitter', () => {
    const resume = parseSections('Ines Valcourt\nines@example.net | dropbox.com/sh/ivalcourt-cv', {
      links: [{ url: 'https://x.com/ivalcourt', text: '@ivalcourt' }],
    });
    expect(resume.basics?.url).toBe('https://dropbox.com/sh/ivalcourt-cv');
    expect(resume.basics?.profiles).toEqual([{ network: 'Twitter', username: 'ivalcourt', url: 'https://x.com/ivalcourt' }]);
  });
});

describe('addresses wrapped in a narrow column', () => {
  it('joins an e-mail address broken inside a word or after a dot', () => {
    expect(parseSections('Ines Valcourt\nines.valcourt@exam\nple.net\n+33 6 12 34 56 78').basics?.email).toBe('ines.valcourt@example.net');
    expect(parseSections('Ines Valcourt\nines.valcourt@example.\nnet').basics?.email).toBe('ines.valcourt@example.net');
    // A capitalised word on the next line is the next field, not the rest of the address.
    expect(parseSections('Ines Valcourt\nines.valcourt@example.\nLyon').basics?.email).toBeUndefined();
  });

  it('joins a profile URL wrapped over three lines', () => {
    const resume = parseSections('Ines Valcourt\nlinkedin.com/in/ines-valcourt-\nmachine-learning-\nresearch\nines@example.net');
    expect(resume.basics?.profiles?.map((profile) => profile.url)).toEqual(['https://linkedin.com/in/ines-valcourt-machine-learning-research']);
    expect(resume.basics?.email).toBe('ines@example.net');
  });
});

describe('a profile written as a username and its network', () => {
  it('gives the network’s page for "name (Network)" and "Network: name"', () => {
    const resume = parseSections('Ines Valcourt\nines@example.net\nivalcourt-ml (LinkedIn)\nGitHub: ivalc\nDribbble: @ines.v\nPython (scripting)');
    expect(resume.basics?.profiles).toEqual([
      { network: 'LinkedIn', username: 'ivalcourt-ml', url: 'https://www.linkedin.com/in/ivalcourt-ml' },
      { network: 'GitHub', username: 'ivalc', url: 'https://github.com/ivalc' },
      { network: 'Dribbble', username: 'ines.v', url: 'https://dribbble.com/ines.v' },
    ]);
  });

  it('prefers the hyperlink’s address to one made from the username', () => {
    const resume = parseSections('Ines Valcourt\nines@example.net\nivalcourt (LinkedIn)', {
      links: [{ url: 'https://www.linkedin.com/in/ivalcourt-4a2b', text: 'ivalcourt (LinkedIn)' }],
    });
    expect(resume.basics?.profiles?.map((profile) => profile.url)).toEqual(['https://www.linkedin.com/in/ivalcourt-4a2b']);
  });
});

describe('an e-mail address set in capitals and wrapped in a narrow column', () => {
  it('is joined again across the break, as one in small letters is', () => {
    const resume = parseSections(['BRANKA VUKOVIC', 'ZAGREB', 'BRANKA.VUKOVIC.QA@POSTMAIL', '.HR', '+385 91 555 0132', 'Experience'].join('\n'));
    expect(resume.basics?.email?.toLowerCase()).toBe('branka.vukovic.qa@postmail.hr');
  });

  it('does not take a line in small letters under it', () => {
    const resume = parseSections(['BRANKA VUKOVIC', 'BRANKA@POSTMAIL.', 'hr team lead', 'Experience'].join('\n'));
    expect(resume.basics?.email?.toLowerCase()).not.toBe('branka@postmail.hr');
  });
});

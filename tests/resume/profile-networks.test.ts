/**
 * Profiles on networks other than LinkedIn and GitHub: XING (where LinkedIn is not the habit:
 * Germany, Austria, Switzerland), ResearchGate and ORCID, code hosts, Instagram, LeetCode and
 * HackerRank. Written as an address, as "handle (Network)" the way themes print them, as
 * "Network: handle", or kept only in a link; a page that is not a person's is no profile.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseContact } from '../../src/resume/sections/parse-contact.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { buildResumeDocx, type ResumeDocumentLine } from './build-resume-documents.ts';

const contact = (...lines: string[]) => parseContact(toResumeLines(lines.join('\n')));

describe('profiles on other networks', () => {
  it('reads the address of a XING, ResearchGate, Bitbucket or Instagram page', () => {
    const basics = contact(
      'Ottilie Brandauer',
      'ottilie.brandauer@example.at | +43 660 555 0192',
      'xing.com/profile/Ottilie_Brandauer2 | researchgate.net/profile/Ottilie-Brandauer | bitbucket.org/obrandauer',
    );
    expect(basics.profiles).toEqual([
      { network: 'XING', username: 'Ottilie_Brandauer2', url: 'https://xing.com/profile/Ottilie_Brandauer2' },
      { network: 'ResearchGate', username: 'Ottilie-Brandauer', url: 'https://researchgate.net/profile/Ottilie-Brandauer' },
      { network: 'Bitbucket', username: 'obrandauer', url: 'https://bitbucket.org/obrandauer' },
    ]);
    expect(basics.url).toBeUndefined();
  });

  it('reads "handle (Network)" and "Network: handle" as the network’s page for that name', () => {
    const basics = contact('Ruairi Tansey', 'ruairi.tansey@example.ie', 'Ruairi_Tansey (XING) | Instagram: ruairi.bakes');
    expect(basics.profiles).toEqual([
      { network: 'XING', username: 'Ruairi_Tansey', url: 'https://www.xing.com/profile/Ruairi_Tansey' },
      { network: 'Instagram', username: 'ruairi.bakes', url: 'https://www.instagram.com/ruairi.bakes' },
    ]);
  });

  it('takes a profile kept only in a link, and leaves a company page alone', async () => {
    const lines: ResumeDocumentLine[] = [
      { text: 'Wiebke Sommerfeld', kind: 'name' },
      { text: 'wiebke.sommerfeld@example.de' },
      { text: 'My XING profile', link: 'https://www.xing.com/profile/Wiebke_Sommerfeld' },
      { text: 'Experience', kind: 'heading' },
      { text: 'Lindqvist Antriebstechnik GmbH', right: '2019 - Present' },
      { text: 'Quality Engineer' },
      { text: 'Employer on XING', link: 'https://www.xing.com/pages/lindqvist-antriebstechnik' },
    ];
    const { resume } = await parseResumeBytes(await buildResumeDocx(lines), 'wiebke.docx');
    expect(resume.basics?.profiles).toEqual([{ network: 'XING', username: 'Wiebke_Sommerfeld', url: 'https://www.xing.com/profile/Wiebke_Sommerfeld' }]);
  });
});

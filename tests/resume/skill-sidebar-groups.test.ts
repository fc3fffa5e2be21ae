/**
 * Skill groups a sidebar prints under the contact lines with no Skills heading: groups rated by a
 * level word, groups of chips set side by side, labels wrapped by the narrow column, and the
 * "Tools" or "Languages" groups the section finder takes for headings. Every resume here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findSidebarSkills } from '../../src/resume/sections/find-sidebar-skills.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

const sidebar = (...skillLines: string[]) =>
  parseSections(
    [
      'Oskar Lindqvist',
      'Head Brewer',
      'About',
      'Malmö SE',
      'oskar.lindqvist@example.org',
      '+46 70 123 45 67',
      'oskar-lindqvist-brew',
      ...skillLines,
      'Summary',
      'Brewer who has run three craft breweries from recipe to keg.',
      'Experience',
      'Hamnens Bryggeri\t05/2019 - Present',
      'Head Brewer',
    ].join('\n'),
  );

describe('a sidebar group rated by a level word', () => {
  it('reads a label over "Advanced" over phrases no vocabulary knows as a group with its level', () => {
    const resume = sidebar('Brewing', 'Advanced', 'Mash scheduling', 'Yeast propagation', 'Dry hopping');
    expect(resume.skills).toEqual([{ name: 'Brewing', level: 'Advanced', keywords: ['Mash scheduling', 'Yeast propagation', 'Dry hopping'] }]);
  });

  it('rejoins a label the column wrapped after "&" before its level', () => {
    const resume = sidebar('QUALITY &', 'COMPLIANCE', 'EXPERT', 'HACCP PLANS', 'CELLAR AUDITS');
    expect(resume.skills).toEqual([{ name: 'QUALITY & COMPLIANCE', level: 'EXPERT', keywords: ['HACCP PLANS', 'CELLAR AUDITS'] }]);
  });

  it('does not take a spoken language over its fluency for a group of skills', () => {
    expect(findSidebarSkills(toResumeLines(['Malmö SE', 'Swedish', 'Native', 'English', 'Fluent'].join('\n')), vocabulary)).toBeUndefined();
  });
});

describe('a sidebar group of chips set side by side', () => {
  it('reads rows of chips under a label as its keywords, known or not', () => {
    const resume = sidebar('Cellar', 'Brite tanks | Kegging', 'Cask conditioning | Fining');
    expect(resume.skills).toEqual([{ name: 'Cellar', keywords: ['Brite tanks', 'Kegging', 'Cask conditioning', 'Fining'] }]);
  });
});

describe('a slash between capitals in a sidebar keyword', () => {
  it('keeps "UI/UX audits" in the run of short keywords, unlike a path or a date', () => {
    const lines = toResumeLines(['Lund SE', 'Design', 'UI/UX audits', 'Figma'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual(['', 'Design:', 'UI/UX audits', 'Figma', '']);
  });
});

describe('a slash between two capitalised names in a sidebar keyword', () => {
  it('keeps "Photoshop/Lightroom" in the run of short keywords, so the group above it is read too', () => {
    const resume = sidebar('Imaging', 'Capture One', 'Photoshop/Lightroom', 'Colour grading | Retouching');
    expect(resume.skills).toEqual([{ name: 'Imaging', keywords: ['Capture One', 'Photoshop/Lightroom', 'Colour grading', 'Retouching'] }]);
  });
});

describe('a profile\'s user name with an underscore above a sidebar\'s groups', () => {
  it('does not take the user name for the first label', () => {
    const lines = toResumeLines(['Malmö SE', 'Oskar_Lindqvist7', 'Tools', 'Brewfather', 'Excel'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual(['', 'Tools:', 'Brewfather', 'Excel', '']);
  });
});

describe('headings right under a sidebar\'s groups', () => {
  it('reads "Tools" and "Languages" set like the groups above them as more groups', () => {
    const resume = sidebar('Brewing', 'Advanced', 'Mash scheduling', 'Yeast propagation', 'Tools', 'Brewfather', 'Languages', 'Swedish | English');
    expect(resume.skills).toEqual([
      { name: 'Brewing', level: 'Advanced', keywords: ['Mash scheduling', 'Yeast propagation'] },
      { name: 'Tools', keywords: ['Brewfather'] },
      { name: 'Languages', keywords: ['Swedish', 'English'] },
    ]);
    expect(resume.languages).toBeUndefined();
  });

  it('reads a heading word under a line that needs another word as that line\'s rest, once the section was read', () => {
    const resume = parseSections(
      ['Oskar Lindqvist', 'Education', 'Lund University\t2010 - 2013', 'BSc Food Technology', 'About', 'Malmö SE', 'Cellar', 'Advanced', 'Brewing software for', 'Education', 'Sensory panels'].join('\n'),
    );
    expect(resume.education).toHaveLength(1);
    expect(resume.skills?.[0]?.keywords).toEqual(['Brewing software for Education', 'Sensory panels']);
  });
});

describe('a sidebar group right above the sidebar\'s Skills heading', () => {
  it('reads a label over phrases no vocabulary knows as one more group', () => {
    const resume = parseSections(
      ['Oskar Lindqvist', 'About', 'Malmö SE', 'oskar.lindqvist@example.org', 'Cellar', 'Cask conditioning', 'Fining', 'Tools', 'Brewfather', 'Summary', 'Brewer who has run three craft breweries.'].join('\n'),
    );
    expect(resume.skills).toEqual([
      { name: 'Cellar', keywords: ['Cask conditioning', 'Fining'] },
      { name: 'Tools', keywords: ['Brewfather'] },
    ]);
  });

  it('leaves the place under a "Location" label in the contact details', () => {
    const resume = parseSections(['Oskar Lindqvist', 'Contact', 'oskar.lindqvist@example.org', 'Location', 'Region | Skåne', 'Skills', 'Brewfather, Excel'].join('\n'));
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Brewfather', 'Excel']);
  });
});

describe('groups of skills printed above a Skills label set in a left gutter', () => {
  it('moves the groups that end the contact details under the Skills heading, with the lines they wrapped onto', () => {
    const resume = parseSections(
      [
        'Oskar Lindqvist',
        'Contact',
        'Email | oskar.lindqvist@example.org',
        'Address: Hamngatan 4, Malmö',
        'Brewing (Expert): Mash scheduling, Yeast propagation, Dry',
        'hopping',
        'Cellar: Cask conditioning, Fining,',
        'Skills',
        'Kegging',
        'Tools: Brewfather, Excel',
        'Experience',
        'Hamnens Bryggeri\t05/2019 - Present',
        'Head Brewer',
      ].join('\n'),
    );
    expect(resume.skills).toEqual([
      { name: 'Brewing (Expert)', keywords: ['Mash scheduling', 'Yeast propagation', 'Dry hopping'] },
      { name: 'Cellar', keywords: ['Cask conditioning', 'Fining', 'Kegging'] },
      { name: 'Tools', keywords: ['Brewfather', 'Excel'] },
    ]);
    expect(resume.basics?.email).toBe('oskar.lindqvist@example.org');
  });
});

describe('a sidebar group of three chips a row', () => {
  it('does not count the bars between the chips as words of a sentence', () => {
    const lines = toResumeLines(['Lund SE', 'Robotics', 'Gazebo Sim\tMoveIt\tC++', 'Python\tCUDA'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual(['', 'Robotics:', 'Gazebo Sim | MoveIt | C++', 'Python | CUDA', '']);
  });
});

describe('groups parted by blank lines in a Skills section', () => {
  const resume = parseSections(
    [
      'Oskar Lindqvist',
      'Skills',
      '',
      'Brewing — Expert',
      '• Mash scheduling',
      '• Yeast propagation',
      '',
      '',
      'Certifications',
      '• HACCP Level 3',
      '• Forklift licence',
      '',
      'Go to top',
      '',
      'Experience',
      'Hamnens Bryggeri\t05/2019 - Present',
      'Head Brewer',
    ].join('\n'),
  );

  it('reads a label with its level over bullets as a group of them', () => {
    expect(resume.skills?.[0]).toEqual({ name: 'Brewing', level: 'Expert', keywords: ['Mash scheduling', 'Yeast propagation'] });
  });

  it('reads a heading word over bullets after the blank line as one more group, and leaves out the page\'s "Go to top" link', () => {
    expect(resume.skills?.slice(1)).toEqual([{ name: 'Certifications', keywords: ['HACCP Level 3', 'Forklift licence'] }]);
    expect(resume.certificates).toBeUndefined();
  });
});

describe('groups written as a label, its level and its list, one under the other', () => {
  it('does not take the next label for the rest of the list above it', () => {
    const skills = parseSkills(toResumeLines(['Brewing', 'Expert', 'Mash scheduling, Yeast propagation', 'Cellar', 'Advanced', 'Cask conditioning, Fining'].join('\n')), vocabulary);
    expect(skills).toEqual([
      { name: 'Brewing', level: 'Expert', keywords: ['Mash scheduling', 'Yeast propagation'] },
      { name: 'Cellar', level: 'Advanced', keywords: ['Cask conditioning', 'Fining'] },
    ]);
  });
});

describe('a list a narrow column wrapped inside a bracket', () => {
  it('rejoins the bracket and keeps the label above the list as a label', () => {
    const skills = parseSkills(
      toResumeLines(['Brewing', 'Mash scheduling, Yeast propagation, Water', 'chemistry', 'Cellar', 'Cask conditioning (Grades 1–', '3), Fining, Kegging'].join('\n')),
      vocabulary,
    );
    expect(skills).toEqual([
      { name: 'Brewing', keywords: ['Mash scheduling', 'Yeast propagation', 'Water chemistry'] },
      { name: 'Cellar', keywords: ['Cask conditioning (Grades 1–3)', 'Fining', 'Kegging'] },
    ]);
  });
});

describe('a chip whose words a PDF set apart like chips', () => {
  it('joins a word in small letters to the chip before it, unless the word is a skill of its own', () => {
    const skills = parseSkills(toResumeLines(['Cellar', 'Brite tanks\tCask\tconditioning\tKegging', 'Data', 'Python\tpandas\tgit'].join('\n')), vocabulary);
    expect(skills).toEqual([
      { name: 'Cellar', keywords: ['Brite tanks', 'Cask conditioning', 'Kegging'] },
      { name: 'Data', keywords: ['Python', 'pandas', 'git'] },
    ]);
  });
});

describe('a sidebar group rated by a level word, one name a line', () => {
  it('keeps a slash inside brackets or between two versions in the run, so the first group is read too', () => {
    const resume = sidebar(
      'Cellar',
      'Expert',
      'Brewhouse 4.2',
      'Kegging (CO2/N2 blends)',
      'Hop Dosing',
      'Bottling Line',
      'Glycol Chillers',
      'Packaging',
      'Advanced',
      'Labelmate Pro 2021/2023',
      'Canning',
    );
    expect(resume.skills).toEqual([
      { name: 'Cellar', level: 'Expert', keywords: ['Brewhouse 4.2', 'Kegging (CO2/N2 blends)', 'Hop Dosing', 'Bottling Line', 'Glycol Chillers'] },
      { name: 'Packaging', level: 'Advanced', keywords: ['Labelmate Pro 2021/2023', 'Canning'] },
    ]);
  });

  it('reads skills each over its own level as skills with levels, a certificate "Certified"', () => {
    const resume = sidebar('Mash Filter 2019/2022', 'Advanced', 'Yeast Banking', 'Intermediate', 'Cicerone Level 2', 'Certified', 'Hop Sensory', 'Beginner');
    expect(resume.skills).toEqual([
      { name: 'Mash Filter 2019/2022', level: 'Advanced' },
      { name: 'Yeast Banking', level: 'Intermediate' },
      { name: 'Cicerone Level 2', level: 'Certified' },
      { name: 'Hop Sensory', level: 'Beginner' },
    ]);
  });

  it('still leaves a date with a slash out of the run of short keywords', () => {
    const lines = toResumeLines(['Malmö SE', 'Since 04/2019', 'Brewing', 'Advanced', 'Mash scheduling'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual(['', 'Brewing:', 'Advanced', 'Mash scheduling', '']);
  });
});

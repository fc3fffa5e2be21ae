/**
 * A CV sent in the body of an e-mail (trial s48 #8): the sign-off under the last section ("Thanks and God
 * bless,", "Stay blessed", the sender's first name alone) is nothing of the CV; "Phone: … Email: …" on one
 * line gives both; a skill bullet "Skill – detail" is one skill as written (it vanished, or became only a
 * vocabulary name). Every person here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const cv = (...tail: string[]) =>
  parseSections(['Kwame Mensah', 'Phone: 07700 900482  Email: kwame.mensah@example.co.uk', '', 'Experience', 'Care Assistant, Sunrise Homes', '2021 – Present', '', ...tail].join('\n'));

describe('an e-mail’s sign-off at the end of a CV', () => {
  it('is never a skill, whatever the close', () => {
    for (const close of [['Many thanks and God bless,', 'Kwame'], ['God bless you'], ['Stay blessed,', 'Kwame M.'], ['Warm wishes,', 'Kwame'], ['Kwame']]) {
      const resume = cv('Skills', 'Dementia care, Medication rounds, Moving and handling', '', ...close);
      expect(resume.skills?.map((skill) => skill.name), close.join(' / ')).toEqual(['Dementia care', 'Medication rounds', 'Moving and handling']);
    }
  });

  it('is never a language', () => {
    const resume = cv('Languages', 'English (fluent)', 'Twi (native)', '', 'Thanks and God bless,', 'Kwame');
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'fluent' },
      { language: 'Twi', fluency: 'native' },
    ]);
  });

  it('keeps a last skill that only shares a word with the person', () => {
    const resume = parseSections(['Grace Kelly', 'grace@example.com', '', 'Skills', 'Grace period administration', 'Payroll'].join('\n'));
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Grace period administration', 'Payroll']);
  });
});

describe('a contact line of labels', () => {
  it('gives the phone and the e-mail from "Phone: … Email: …"', () => {
    const resume = cv('Skills', 'Dementia care');
    expect(resume.basics?.phone).toBe('07700 900482');
    expect(resume.basics?.email).toBe('kwame.mensah@example.co.uk');
  });
});

describe('a skill bullet with a dash', () => {
  it('is one skill as written', () => {
    const resume = cv('Clinical Skills', '• Electronic patient record (EPR) super-user – Cerner Millennium', '• Digital champion – trained staff on the new rostering app', '• Wound care');
    expect(resume.skills?.map((skill) => skill.name)).toEqual([
      'Electronic patient record (EPR) super-user – Cerner Millennium',
      'Digital champion – trained staff on the new rostering app',
      'Wound care',
    ]);
  });
});

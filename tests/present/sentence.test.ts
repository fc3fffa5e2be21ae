import { describe, expect, it } from 'vitest';
import { asSentence, endsWithReference, joinSentences } from '../../src/present/sentence.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';

describe('sentences that end with a path, URL or id', () => {
  const references = [
    '/home/ana/letter.pdf',
    '~/Documents/Ana Ortiz/cv.docx'.replace(' ', '_'),
    'C:\\Users\\ana\\cv.docx',
    'https://github.com/',
    'https://jobs.example.org/42?ref=a',
    './exports/letter.md',
    'letter-senior-engineer.pdf',
    'res_3f9a1c0b7d',
    'doc_0a1b2c3d4e',
    '3e460672eb90',
  ];

  it.each(references)('takes no full stop after %s', (reference) => {
    const text = `Exported "Cover letter" as PDF: ${reference}`;
    expect(endsWithReference(text)).toBe(true);
    expect(asSentence(text)).toBe(text);
    expect(punctuatedReferences(asSentence(text))).toEqual([]);
  });

  it('ends ordinary text with a full stop, once', () => {
    expect(asSentence('Launched calculator')).toBe('Launched calculator.');
    expect(asSentence('Saved "Engineer" at Acme [3e460672eb90]')).toBe('Saved "Engineer" at Acme [3e460672eb90].');
    expect(asSentence('Done.')).toBe('Done.');
    // A quotation or bracket closed after its own stop is a whole sentence already.
    expect(asSentence('The posting says: “Hybrid 2 days Dublin, the rest from home.”')).toBe('The posting says: “Hybrid 2 days Dublin, the rest from home.”');
    expect(asSentence('It asks for Epic (ideally certified.)')).toBe('It asks for Epic (ideally certified.)');
    expect(asSentence('The posting says: “Hybrid 2 days”')).toBe('The posting says: “Hybrid 2 days”.');
    expect(asSentence('I know Node.js')).toBe('I know Node.js.');
  });

  it('leaves a block of lines as it is: a letter ends with its signature, not a full stop', () => {
    const letter = 'Wrote a cover letter.\n\nDear Fintra hiring team,\n\nBest regards,  \nTomasz Wiśniewski';
    expect(asSentence(letter)).toBe(letter);
    expect(asSentence('1. Go engineer — Acme\n2. Rust engineer — Globex')).toBe('1. Go engineer — Acme\n2. Rust engineer — Globex');
  });

  it('puts the next sentence on its own line after a reference or a list', () => {
    expect(joinSentences(['Saved a screenshot to /tmp/a.png', 'Launched calculator.'])).toBe(
      'Saved a screenshot to /tmp/a.png\nLaunched calculator.',
    );
    expect(joinSentences(['Found 1 job:\n1. Rust — Acme [3e460672eb90].', 'Saved it.'])).toBe(
      'Found 1 job:\n1. Rust — Acme [3e460672eb90].\nSaved it.',
    );
    expect(joinSentences(['Launched calculator.', 'Opened https://github.com/ in the browser.'])).toBe(
      'Launched calculator. Opened https://github.com/ in the browser.',
    );
    expect(joinSentences([])).toBe('');
  });
});

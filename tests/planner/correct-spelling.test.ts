import { describe, expect, it } from 'vitest';
import { correctSpelling, isOneEditAway } from '../../src/planner/rules/correct-spelling.ts';
import { createPhrasebook } from '../../src/planner/rules/phrasebook.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

const vocabulary = new Set(['write', 'cover', 'letter', 'tailor', 'resume', 'second', 'search', 'remote', 'nurse', 'saved']);

describe('correctSpelling', () => {
  it('reads a slip one edit away from one phrasing word as that word', () => {
    expect(correctSpelling('wirte a cover leter for Globex', vocabulary)).toBe('write a cover letter for Globex');
    expect(correctSpelling('tailer my resume for the secnd one', vocabulary)).toBe('tailor my resume for the second one');
    expect(correctSpelling('serch remote jobs, pls', vocabulary)).toBe('search remote jobs, pls');
  });

  it('leaves names, paths, short words and other forms of a word as typed', () => {
    expect(correctSpelling('Serch', vocabulary)).toBe('Serch');
    expect(correctSpelling('import ~/Downloads/leter.pdf', vocabulary)).toBe('import ~/Downloads/leter.pdf');
    expect(correctSpelling('savd it', vocabulary)).toBe('savd it');
    expect(correctSpelling('jobs for nurses or a writer', vocabulary)).toBe('jobs for nurses or a writer');
  });

  it('reads short slips in shapes no word has: a swap, a key held down, a request verb without its vowels', () => {
    const words = new Set(['find', 'show', 'jobs', 'open', 'look']);
    expect(correctSpelling('fnd welder jbos', words, new Set(), words)).toBe('find welder jobs');
    expect(correctSpelling('ok. shw me the list, then opne it', words, new Set(), words)).toBe('ok. show me the list, then open it');
    expect(correctSpelling('loooook at jobs', words, new Set(), words)).toBe('look at jobs');
    // (Mid-sentence a vowel-less word is left: "pls", "sql" and the like are words.)
    expect(correctSpelling('remote sql jobs pls', words, new Set(), words)).toBe('remote sql jobs pls');
  });

  it('leaves a role spelled as meant, even one edit from a phrasing word', () => {
    const words = new Set(['writer', 'cover', 'letter', 'banker']);
    expect(correctSpelling('i was a head waiter there', words)).toBe('i was a head waiter there');
    expect(correctSpelling('a cover leter', words)).toBe('a cover letter');
  });

  it('keeps the first letter a word starts with: a word one first letter from a phrasing word is spelled as meant', () => {
    const words = new Set(['talking', 'sales', 'dreading', 'warmer', 'write', 'letter']);
    for (const said of ['a walking tour guide', 'jobs in wales', 'nursing jobs in reading', 'a farmer in kerry']) {
      expect(correctSpelling(said, words), said).toBe(said);
    }
    // (Two first letters swapped are still a slip.)
    expect(correctSpelling('rwite a lteter', words)).toBe('write a letter');
  });

  it('leaves a word with two near words alone', () => {
    expect(correctSpelling('latter', new Set(['letter', 'latte', 'litter']))).toBe('latter');
  });
});

describe('isOneEditAway', () => {
  it('counts an insertion, a deletion, a substitution or a swap of neighbours as one edit', () => {
    expect(['lettr', 'letterr', 'lettar', 'lteter'].map((word) => isOneEditAway(word, 'letter'))).toEqual([true, true, true, true]);
    expect(isOneEditAway('ltter', 'lettre')).toBe(false);
  });
});

describe('the phrasebook vocabulary', () => {
  it("holds the patterns' own words, so a word they key on is never taken for a slip", () => {
    const { vocabulary } = createPhrasebook(fakeActions());
    expect(correctSpelling('Initech passed on me', vocabulary)).toBe('Initech passed on me');
    expect(correctSpelling('compre them by salary', vocabulary)).toBe('compare them by salary');
  });
});

import { describe, expect, it } from 'vitest';
import { loadIntentModel } from '../../../src/planner/nlu/load-intent-model.ts';
import { predictIntents } from '../../../src/planner/nlu/intent-model.ts';
import { noisyForm, withNoisyForms } from '../../../src/planner/nlu/noisy-utterances.ts';

// Session 34 (issue 14): the classifier learns each utterance in a few messy forms, made at train time.
const utterances = [
  { text: "could you write a cover letter for the Brisling job? I'd like it friendly", intent: 'write_cover_letter' },
  { text: 'import my resume from ~/Documents/My CV.pdf', intent: 'import_resume' },
  { text: 'thank you so much, that was really helpful', intent: 'thanks' },
  { text: 'what does the second one pay', intent: 'answer_about_job' },
];

describe('noisy forms of the training utterances', () => {
  it('are the same on every run (seeded by the sentence)', () => {
    expect(withNoisyForms(utterances, 3)).toEqual(withNoisyForms([...utterances], 3));
    expect(noisyForm(utterances[0]!.text, 'write_cover_letter', 11)).toBe(noisyForm(utterances[0]!.text, 'write_cover_letter', 11));
  });

  it('keep the originals first, add up to `count` other forms of each under the same intent, and none twice', () => {
    const all = withNoisyForms(utterances, 3);
    expect(all.slice(0, utterances.length)).toEqual(utterances);
    expect(all.length).toBeGreaterThan(utterances.length * 2);
    expect(all.length).toBeLessThanOrEqual(utterances.length * 4);
    expect(new Set(all.map(({ text }) => text.toLowerCase())).size).toBe(all.length);
    for (const noisy of all.slice(utterances.length)) {
      const source = utterances.find(({ intent }) => intent === noisy.intent);
      expect(source, noisy.text).toBeDefined();
      expect(noisy.text).not.toBe(source?.text);
    }
  });

  it('keep paths and names as typed: the readers take them from the sentence', () => {
    for (let seed = 0; seed < 60; seed++) {
      expect(noisyForm(utterances[1]!.text, 'import_resume', seed)).toContain('~/Documents/My');
      expect(noisyForm(utterances[0]!.text, 'write_cover_letter', seed)).toContain('Brisling');
    }
  });

  it('make the kinds of noise messy text has: typos, text-speak, dropped apostrophes, fillers, introductions', () => {
    const forms = Array.from({ length: 200 }, (_unused, seed) => noisyForm(utterances[0]!.text, 'write_cover_letter', seed));
    expect(forms.some((form) => /\bu\b|\b4\b|\bfr\b/.test(form))).toBe(true);
    expect(forms.some((form) => /\bId\b/.test(form))).toBe(true);
    expect(forms.some((form) => /^(?:ok so|um|umm|uh|hey|pls|could you possibly|can you)\b/.test(form))).toBe(true);
    expect(forms.some((form) => /\b(?:thx|lol|pls|asap|cheers)$/.test(form))).toBe(true);
    expect(forms.some((form) => /^(?:hi|hello|hey|im|my name)\b.*\b(?:nurse|chef|welder|student|teacher|cleaner|driver|worker|carpenter|cashier|developer|assistant|electrician|barista|accountant)\b/.test(form))).toBe(true);
    expect(forms.some((form) => form.split(' ').some((word) => /^[a-z]{3,}$/.test(word) && !/\b(?:could|you|write|cover|letter|for|the|job|like|it|friendly|would)\b/.test(word)))).toBe(true);
  });

  it('leave greetings, thanks, goodbyes and "help" without fillers (a "thx" would change what they say)', () => {
    for (let seed = 0; seed < 100; seed++) {
      const form = noisyForm(utterances[2]!.text, 'thanks', seed);
      expect(form.split(' ').length).toBe(utterances[2]!.text.split(' ').length);
    }
  });
});

describe('the shipped model, trained with them', () => {
  const model = loadIntentModel();
  it.each([
    ['cna u writ me a covr letter 4 the Vantor job pls', 'write_cover_letter'],
    ['ok so umm wat does teh 3rd one pay lol', 'answer_about_job'],
    ['hi im a baker from cork, plz take a screensht', 'take_screenshot'],
    ['IMPORT MY CV FRM ~/Desktop/cv.docx THX', 'import_resume'],
  ])('places invented messy sentences: "%s"', (text, intent) => {
    expect(predictIntents(model, text)[0]?.intent).toBe(intent);
  });
});

// Issue 13, session 34: letters that read as a person wrote them, on five people and postings in
// five trades (tests/documents/letter-people.ts), through the chat's path (match, writer,
// grounding). The classes the 2026-12-05 and session-33 trials found: template seams ("Both the
// posting and this work centre on …"), a bullet pasted without a subject or in the wrong tense,
// the same fixed sentence in every letter, years beyond the person's own summary, a certificate or a
// language the posting asks for left out, "(hybrid)" in the address block.
import { describe, expect, it } from 'vitest';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { startsWithActionVerb } from '../../src/documents/prose.ts';
import { letterPeople, preparedPerson } from './letter-people.ts';

const people = await Promise.all(
  letterPeople.map(async (person) => {
    const prepared = await preparedPerson(person);
    const letters = Object.fromEntries(coverLetterTones.map((tone) => [tone, prepared.letter(tone)]));
    return { ...person, ...prepared, letters };
  }),
);

/** A letter's body sentences: after the greeting, before the sign-off; the title, date and address left out. */
function bodySentences(letter: string): string[] {
  const lines = letter.split('\n');
  const greeting = lines.findIndex((line) => /^(?:Dear|Hello)\b/.test(line));
  const closing = lines.findIndex((line, index) => index > greeting && /^(?:Sincerely|Best regards|Warm regards|Thanks|All the best),/.test(line));
  return lines
    .slice(greeting + 1, closing)
    .join(' ')
    .split(/(?<=[.!?])\s+(?=[A-Z“"])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

describe('letters read as a person wrote them', () => {
  it('no body sentence of one person\'s letter appears word for word in another person\'s letter, in any tone', () => {
    const owner = new Map<string, string>();
    const repeated: string[] = [];
    for (const person of people) {
      for (const tone of coverLetterTones) {
        for (const sentence of bodySentences(person.letters[tone]!.text)) {
          const first = owner.get(sentence);
          if (first && first !== person.name) repeated.push(`${sentence} (${first} / ${person.name})`);
          else owner.set(sentence, person.name);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  it.each(coverLetterTones)('no sentence starts with a bare verb and no seam of the old templates is left (%s)', (tone) => {
    for (const person of people) {
      const { text, changes } = person.letters[tone]!;
      for (const sentence of bodySentences(text)) expect(startsWithActionVerb(sentence), `${person.name}: ${sentence}`).toBe(false);
      expect(text).not.toMatch(/Both the posting and this work|centre on|In the same role, (?!I )|\(hybrid\)/);
      // A deterministic letter is grounded by construction: the check removes nothing.
      expect(changes, person.name).toEqual([]);
    }
  });

  it("tells a left job's present-tense bullet in the past and the current job's as written", () => {
    const [femke] = people;
    const warm = people.find((person) => person.name.startsWith('backend'))!.letters.warm!.text;
    // Kontorsoft is a past job: "Moved" stays past; the current job's "Own the settlement service" stays present.
    expect(warm).toMatch(/I cut p99 latency from 900 ms to 180 ms/);
    expect(femke!.letters.professional!.text).toMatch(/I also plan 90\+ trailer moves|In that role, I plan 90\+ trailer moves/);
    const electrician = people.find((person) => person.name.startsWith('electrician'))!;
    expect(electrician.letters.confident!.text).toMatch(/I (?:also )?fault-find on three-phase motors/);
  });

  it('puts the strongest measured result that bears on the posting first, in every tone', () => {
    const firstResult: Record<string, RegExp> = {
      freight: /lowered detention charges by 24%/,
      ICU: /cut central-line infections from 4 to 1/,
      backend: /cut p99 latency from 900 ms to 180 ms/,
      pastry: /reduced pastry food cost from 31% to 24%/,
    };
    for (const person of people) {
      const key = Object.keys(firstResult).find((name) => person.name.startsWith(name));
      if (!key) continue;
      for (const tone of coverLetterTones) expect(person.letters[tone]!.text, `${person.name} (${tone})`).toMatch(firstResult[key]!);
    }
  });

  it('states the certificates and the languages the posting asks for, when the resume holds them', () => {
    const byName = (prefix: string) => people.find((person) => person.name.startsWith(prefix))!;
    for (const tone of coverLetterTones) {
      expect(byName('freight').letters[tone]!.text, tone).toMatch(/Incoterms 2020 Practitioner/);
      expect(byName('freight').letters[tone]!.text, tone).toMatch(/Dutch/);
      expect(byName('freight').letters[tone]!.text, tone).toMatch(/German/);
      expect(byName('electrician').letters[tone]!.text, tone).toMatch(/ECS Gold Card/);
      expect(byName('electrician').letters[tone]!.text, tone).toMatch(/18th Edition/);
      expect(byName('ICU').letters[tone]!.text, tone).toMatch(/Irish/);
      expect(byName('backend').letters[tone]!.text, tone).toMatch(/Certified Kubernetes Administrator/);
      expect(byName('pastry').letters[tone]!.text, tone).toMatch(/Spanish/);
      expect(byName('pastry').letters[tone]!.text, tone).toMatch(/ServSafe/);
    }
    // Said in each tone's own words, not one sentence pasted into all five.
    const spoken = new Set(coverLetterTones.map((tone) => bodySentences(byName('freight').letters[tone]!.text).find((sentence) => /Dutch/.test(sentence))));
    expect(spoken.size).toBe(coverLetterTones.length);
  });

  it("says the years as the person's own summary does, never more", () => {
    const backend = people.find((person) => person.name.startsWith('backend'))!;
    // Work since January 2020 counts 6 years; the summary says 5: the letter says 5, in its words.
    for (const tone of coverLetterTones) {
      expect(backend.letters[tone]!.text, tone).not.toMatch(/\b6 years\b/);
      if (tone !== 'concise') expect(backend.letters[tone]!.text, tone).toMatch(/5 years building payment services in Go and PostgreSQL/);
    }
    const freight = people.find((person) => person.name.startsWith('freight'))!;
    // 6 years of freight (her summary) — the office job before it is not counted into it.
    expect(freight.letters.professional!.text).toMatch(/my 6 years in road and short-sea freight bear directly/);
    expect(freight.letters.professional!.text).not.toMatch(/\b11 years\b/);
  });

  it('addresses a Dutch employer with a European date and no "(hybrid)" in the address, an American one with a US date', () => {
    const freight = people.find((person) => person.name.startsWith('freight'))!.letters.professional!.text;
    expect(freight).toMatch(/^5 December 2026$/m);
    expect(freight).toMatch(/^Deltaport Shipping {2}\nAmsterdam, Netherlands$/m);
    const pastry = people.find((person) => person.name.startsWith('pastry'))!.letters.professional!.text;
    expect(pastry).toMatch(/^December 5, 2026$/m);
  });

  it('never calls a trait or a word the posting uses as a verb something to learn', () => {
    const backend = people.find((person) => person.name.startsWith('backend'))!;
    const pastry = people.find((person) => person.name.startsWith('pastry'))!;
    // The match reads "Make services faster" as the build tool and "2 in a leadership role" as a skill; a letter says neither is new.
    for (const tone of coverLetterTones) {
      expect(backend.letters[tone]!.text, tone).not.toMatch(/\bMake\b/);
      expect(pastry.letters[tone]!.text, tone).not.toMatch(/Leadership/i);
    }
  });

  it('reads differently in each tone: no body sentence is shared between two tones of one letter', () => {
    for (const person of people) {
      const seen = new Map<string, string>();
      for (const tone of coverLetterTones) {
        for (const sentence of bodySentences(person.letters[tone]!.text)) {
          expect(seen.get(sentence), `${person.name}: "${sentence}" in ${tone}`).toBeUndefined();
          seen.set(sentence, tone);
        }
      }
    }
  });
});

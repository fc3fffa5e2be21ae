/**
 * A school whose name is one coined word with a capital inside it ("AgroParisTech"), no school word in it, as a
 * French grande école is named: it is the school wherever the theme prints it (a bullet over the dates, after the
 * field and degree, alone over a blank line, under a wrapped degree, glued to its dates), never the field or the
 * next entry's school. An invented person; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (lines: string[]) =>
  parseSections(['Élise Martin', 'elise.martin@example.fr', '', ...lines].join('\n')).education?.map((entry) => [entry.institution, entry.studyType, entry.area]);

const wanted = [
  ['AgroParisTech', "Diplôme d'ingénieur", 'Food Science'],
  ['Université de Rennes', 'Licence', 'Biology'],
];

describe('a school named by one coined word', () => {
  it('is the school on a bullet over its dates', () => {
    expect(read(['Education', '• AgroParisTech ', '2016 - 2019 ', "Diplôme d'ingénieur in Food Science ", '• Université de Rennes ', '2013 - 2016 ', 'Licence in Biology '])).toEqual(wanted);
  });

  it('is the school after the field and the degree, never the field', () => {
    expect(read(['EDUCATION', "Food Science, Diplôme d'ingénieur,\tAgroParisTech", 'Jan 2016 - Jan 2019', 'Biology, Licence,\tUniversité de Rennes', 'Jan 2013 - Jan 2016'])).toEqual(wanted);
  });

  it('heads the field and degree under it across a blank line', () => {
    expect(read(['EDUCATION', 'AgroParisTech', '', 'Food Science', "Diplôme d'ingénieur", '2016 - 2019', 'Université de Rennes', 'Biology', 'Licence', '2013 - 2016'])).toEqual(wanted);
  });

  it('is the school under a degree wrapped in a narrow column, and glued to its dates', () => {
    expect(read(['Education', "Diplôme d'ingénieur, Food", 'Science', 'AgroParisTech', 'Licence, Biology', 'Université de Rennes'])).toEqual(wanted);
    expect(read(['Education', 'AgroParisTech2016 - 2019', "Food Science (Diplôme d'ingénieur)", 'Université de Rennes2013 - 2016', 'Biology (Licence)'])).toEqual(wanted);
  });
});

describe('a school named by a school word in Polish', () => {
  it('reads "Instytut …" with its town as the school, the certificate and field beside it its own', () => {
    const education = parseSections(['Adam Nowicki', 'adam.nowicki@example.pl', '', 'Education', 'Instytut Budownictwa, Opole\t2017 – 2018', 'Certificate, Surveying', 'Uniwersytet Opolski\t2012 – 2016', 'Licencjat, Geography'].join('\n')).education;
    expect(education?.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Instytut Budownictwa, Opole', 'Certificate', 'Surveying'],
      ['Uniwersytet Opolski', 'Licencjat', 'Geography'],
    ]);
  });
});

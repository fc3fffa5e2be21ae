/**
 * An employer's name set in capitals ("VOLTWERK ENERGIESYSTEME GMBH", a plain-text CV's heading) written the
 * way people write it ("Voltwerk Energiesysteme GmbH"), so letters and answers do not shout it.
 */

// Legal forms and joining words, written as their owners write them.
const written = new Map(
  [
    'GmbH', 'AG', 'KG', 'KGaA', 'OHG', 'SE', 'AB', 'Oy', 'Oyj', 'ASA', 'AS', 'A/S', 'ApS', 'BV', 'B.V.', 'NV', 'N.V.', 'Inc.', 'Inc',
    'Ltd.', 'Ltd', 'LLC', 'LLP', 'PLC', 'Pvt.', 'Pvt', 'Pty', 'Pty.', 'Co.', 'Co', 'Corp.', 'Corp', 'S.A.', 'SA', 'S.p.A.', 'SpA',
    'S.L.', 'S.r.l.', 'Srl', 'SAS', 'SARL', 'Lda.', 'Ltda.', 'e.V.', 'Sp.', 'z', 'o.o.', 'Kft.', 'Zrt.', 'Pte.', 'Pte', 'Bhd',
    'and', 'of', 'the', 'for', 'und', 'de', 'des', 'du', 'der', 'di', 'da', 'do', 'y', 'e', 'et', 'van', 'von',
  ].map((word) => [word.toUpperCase(), word] as const),
);

/**
 * The name in the case people write it, when it is written in capitals only; any other name as it is.
 * A name of one word ("SIEMENS", "KPMG") may be how the firm writes itself and stays; so do short
 * words and words without a vowel inside a longer name ("ABB", "BMW", "KPMG").
 *
 * @example
 * inNameCase('DECCAN AUTO COMPONENTS PVT. LTD.'); // 'Deccan Auto Components Pvt. Ltd.'
 */
export function inNameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  const words = name.split(/(\s+)/);
  if (words.filter((word) => /\p{L}/u.test(word)).length < 2) return name;
  return words
    .map((word, index) => {
      const known = written.get(word.replace(/,$/, ''));
      // A joining word in small letters, never first ("THE BODY SHOP" stays "The Body Shop").
      if (known && !(index === 0 && /^\p{Ll}/u.test(known))) return word.endsWith(',') ? `${known},` : known;
      if (/^\p{Ll}/u.test(known ?? '')) return index === 0 ? capitalise(word) : word.toLowerCase();
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 3 || !/[AEIOUYÄÖÜÅÆØÉÈÁÀÍÓÚ]/u.test(letters)) return word;
      // "ENERGIESYSTEME", "MÜLLER-LÜDENSCHEID", "O'BRIEN": each part after a hyphen or an apostrophe capitalised.
      return word.toLowerCase().replace(/(^|[-'’(])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join('');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

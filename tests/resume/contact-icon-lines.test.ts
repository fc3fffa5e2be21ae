/**
 * A contact line whose fields are set apart by icons printed as text ("✉ … ☎ … ⌂ Leeds, UK
 * in/handle", emoji, an icon font's private-use characters) is read as the same line written
 * with bars: the phone, the place, and "in/handle" as the LinkedIn profile it stands for.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const basics = (contactLine: string) => parseSections(['Oluwaseun Hartley', contactLine, '', 'EXPERIENCE', 'Data Analyst, Northgate Water, 2020 - present'].join('\n')).basics;

describe('a contact line of icons', () => {
  it('reads the place and the LinkedIn shorthand as a line with bars does', () => {
    const withBars = basics('seun.hartley@example.org | 07700 900123 | Sheffield, UK | linkedin.com/in/seun-hartley');
    const withIcons = basics('✉ seun.hartley@example.org ☎ 07700 900123 ⌂ Sheffield, UK in/seun-hartley');
    expect(withIcons).toMatchObject({ email: 'seun.hartley@example.org', phone: '07700 900123', location: withBars?.location });
    expect(withIcons?.location).toEqual({ city: 'Sheffield', countryCode: 'GB' });
    expect(withIcons?.profiles).toEqual([{ network: 'LinkedIn', username: 'seun-hartley', url: 'https://www.linkedin.com/in/seun-hartley' }]);
  });

  it('reads emoji icons and an icon font the same way', () => {
    expect(basics('📧 seun.hartley@example.org 📱 +44 7700 900123 📍 Glasgow, UK 🔗 in/seunh')).toMatchObject({
      phone: '+44 7700 900123',
      location: { city: 'Glasgow', countryCode: 'GB' },
      profiles: [{ network: 'LinkedIn', username: 'seunh' }],
    });
    expect(basics('\uf0e0 seun.hartley@example.org \uf095 0113 496 0000 \uf015 Cardiff, UK')).toMatchObject({
      phone: '0113 496 0000',
      location: { city: 'Cardiff', countryCode: 'GB' },
    });
  });

  it('takes no "in/" inside a word or a sentence for a profile', () => {
    expect(basics('seun.hartley@example.org | Sheffield, UK | sign-in/out kiosk')?.profiles).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkAttribution } from './attributionCheck';

/**
 * Ofcom's drama ranges, each as its national groups ("0117 496 0123" → 0117, 496, 0123).
 * libphonenumber's validity check drops them, so only the backstop finds them: it must
 * do so in every format people write a UK number.
 */
const dramaRanges: Record<string, readonly string[]> = {
  'mobile 07700 900000–900999': ['07700', '900', '123'],
  'London 020 7946 0000–0999': ['020', '7946', '0123'],
  'Leeds 0113 496 0xxx': ['0113', '496', '0123'],
  'Sheffield 0114 496 0xxx': ['0114', '496', '0456'],
  'Nottingham 0115 496 0xxx': ['0115', '496', '0789'],
  'Leicester 0116 496 0xxx': ['0116', '496', '0000'],
  'Bristol 0117 496 0xxx': ['0117', '496', '0999'],
  'Reading 0118 496 0xxx': ['0118', '496', '0123'],
  'Birmingham 0121 496 0xxx': ['0121', '496', '0123'],
  'Edinburgh 0131 496 0xxx': ['0131', '496', '0123'],
  'Glasgow 0141 496 0xxx': ['0141', '496', '0123'],
  'Liverpool 0151 496 0xxx': ['0151', '496', '0123'],
  'Manchester 0161 496 0xxx': ['0161', '496', '0123'],
  'Belfast 028 9649 6xxx': ['028', '9649', '6123'],
  'Cardiff 029 2018 0xxx': ['029', '2018', '0123'],
  'no area 01632 960xxx': ['01632', '960', '123'],
  'non-geographic 0306 999 0xxx': ['0306', '999', '0123'],
  'freephone 0808 157 0xxx': ['0808', '157', '0123'],
  'premium 0909 879 0xxx': ['0909', '879', '0123'],
};

/** How people write a number, from its national groups: national forms, then +44 forms. */
const formats: Record<string, (groups: readonly string[]) => string> = {
  spaces: (g) => g.join(' '),
  'no spaces': (g) => g.join(''),
  dashes: (g) => g.join('-'),
  'en dashes': (g) => g.join('–'),
  dots: (g) => g.join('.'),
  'no-break spaces': (g) => g.join('\u00a0'),
  'area code in brackets': ([area = '', ...rest]) => `(${area}) ${rest.join(' ')}`,
  'area code in brackets, dash': ([area = '', ...rest]) => `(${area}) ${rest.join('-')}`,
  'area code in brackets, no space': ([area = '', ...rest]) => `(${area})${rest.join('')}`,
  'area code, then the rest joined': ([area = '', ...rest]) => `${area} ${rest.join('')}`,
  '+44 and spaces': (g) => `+44 ${international(g).join(' ')}`,
  '+44 and no spaces': (g) => `+44${international(g).join('')}`,
  '+44 and dashes': (g) => `+44-${international(g).join('-')}`,
  '+44 and dots': (g) => `+44.${international(g).join('.')}`,
  '+44 and no-break spaces': (g) => `+44\u00a0${international(g).join('\u00a0')}`,
  '+44 (0) and spaces': (g) => `+44 (0)${international(g).join(' ')}`,
  '+44 (0) and dashes': (g) => `+44 (0)-${international(g).join('-')}`,
  '+44 (0), a space and dashes': (g) => `+44 (0) ${international(g).join('-')}`,
  '+44(0) and no spaces': (g) => `+44(0)${international(g).join('')}`,
  '+44 (0) and dots': (g) => `+44 (0).${international(g).join('.')}`,
  '(+44) and spaces': (g) => `(+44) ${international(g).join(' ')}`,
  '+44 and the area code in brackets': ([area = '', ...rest]) => `+44 (${area.slice(1)}) ${rest.join(' ')}`,
  '+44 and the 0 kept': (g) => `+44 ${g.join(' ')}`,
  '0044 and spaces': (g) => `0044 ${international(g).join(' ')}`,
  '0044 and dashes': (g) => `0044-${international(g).join('-')}`,
};

/** The groups with the area code's leading 0 dropped, as after +44. */
const international = ([area = '', ...rest]: readonly string[]) => [area.slice(1), ...rest];

const phoneHits = (text: string) =>
  checkAttribution([{ recordType: 'finding', recordId: '00000000-0000-4000-8000-0000000000f1', field: 'body', text }], {
    names: [],
    extraRoles: [],
  }).map((hit) => [hit.kind, hit.text, hit.start]);

describe('Ofcom drama ranges, in every common format', () => {
  const rows = Object.entries(dramaRanges).flatMap(([range, groups]) =>
    Object.entries(formats).map(([format, write]) => [range, format, write(groups)] as const),
  );
  it.each(rows)('%s, %s: %s', (_range, _format, number) => {
    expect(phoneHits(`Call ${number} today.`)).toEqual([['phone', number, 5]]);
    expect(phoneHits(`(${number})`)).toEqual([['phone', number, 1]]);
    expect(phoneHits(`Ring ${number}.`)).toEqual([['phone', number, 5]]);
  });
});

describe('numbers beside other words and numbers', () => {
  it.each<[string, [string, string, number][]]>([
    [
      'Call 0117 496 0123 - 0117 496 0124.',
      [
        ['phone', '0117 496 0123', 5],
        ['phone', '0117 496 0124', 21],
      ],
    ],
    ['Call 0117 496 0123 4th floor.', [['phone', '0117 496 0123', 5]]],
    ['Tel:+44-7700-900123;', [['phone', '+44-7700-900123', 4]]],
    ['On (+44) (0) 20 7946 0123 or not.', [['phone', '(+44) (0) 20 7946 0123', 3]]],
  ])('%s', (text, expected) => {
    expect(phoneHits(text)).toEqual(expected);
  });
});

describe('figures that are not telephone numbers, with the separators the backstop now reads', () => {
  it.each([
    'Scores were 0.5 0.25 0.75 and 0.1.',
    'Between 2019–2024 and 2024-2029 the plan ran.',
    'Dated 01.02.2024 and 01-02-2024 and 01–02–2024.',
    'A budget of £1,234,567.89 was set (2023-24).',
    'Ratings of (0) to (5) and 0-10 were used.',
    'There were 1 000 000 visits, +44% on 2023.',
    'Rates of 0.44 and +44 points.',
    'Items 01 02 03 04 05 06 07 08 and 09 10.',
    'Ward codes 0117-4960 and 01174 and 0117496.',
  ])('%s', (text) => {
    expect(phoneHits(text)).toEqual([]);
  });
});

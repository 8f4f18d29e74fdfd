import { describe, expect, it } from 'vitest';
import { checkAttribution } from './attributionCheck';
import type { OutputText } from './outputDocument';

/**
 * A whole summary letter, 8,000 words and more, written from sentences full of ordinary
 * words that are also names or roles in lower case ("hope", "grace period", "May 2025",
 * "leaders", "the only way"): the check must find exactly the planted hits and nothing else.
 */
const cleanSentences = [
  'The council has a clear vision for the borough and there is hope that it will be delivered.',
  'Senior leaders spoke openly about the budget gap of £12.4 million over the next 3 years.',
  'Strong leadership is visible across the organisation, and staff feel trusted.',
  'Partners described the only way forward as a shared plan for 2025/26.',
  'A grace period for the new charging policy was agreed in May 2025.',
  'Directors and heads of service meet weekly, and the leaders of each party attend scrutiny.',
  'Residents said the contact centre answers 85% of calls within 3 minutes.',
  'The medium term financial strategy assumes 2.99% council tax rises each year.',
  'Overview and scrutiny could do more to challenge the cabinet before decisions are made.',
  'Front-line staff in adult social care told us they would welcome more training.',
  'The peer team read 42 documents and met more than 120 people during the visit.',
  'There is a will to change, and staff may need more support to do so.',
  'The council is not the only organisation in the area facing these pressures.',
  'Residents value the green spaces and the council will mark the anniversary in June 2025.',
  'Demand rose by 12% in 2024, and a reserve of £8 million is held for risks.',
];

const planted = [
  { sentence: 'We thank Grace Hope for her time.', text: 'Grace Hope', kind: 'name' },
  { sentence: 'Contact will.turner@council.gov.uk for details.', text: 'will.turner@council.gov.uk', kind: 'email' },
  { sentence: 'Call 01632 960 123 to book.', text: '01632 960 123', kind: 'phone' },
  { sentence: 'Follow @peerteam for updates.', text: '@peerteam', kind: 'handle' },
  { sentence: 'We heard that the Leader agreed.', text: 'the Leader', kind: 'role' },
  { sentence: 'We met Cllr Ahmed at the depot.', text: 'Cllr Ahmed', kind: 'name' },
  { sentence: 'She is the only social worker who stayed.', text: 'the only social worker', kind: 'role' },
  { sentence: 'Staff praised Bishop’s approach.', text: 'Bishop’s', kind: 'name' },
  { sentence: 'Or ring +44 (0)20 7946 0958 at any time.', text: '+44 (0)20 7946 0958', kind: 'phone' },
] as const;

const paragraphs = 150;
const plantEvery = 16;

function letter(): OutputText[] {
  return Array.from({ length: paragraphs }, (_, index) => {
    const sentences = Array.from(
      { length: 4 },
      (_, offset) => cleanSentences[(index * 4 + offset) % cleanSentences.length],
    );
    const plant = index % plantEvery === 5 ? planted[Math.floor(index / plantEvery)] : undefined;
    if (plant !== undefined) sentences.splice(2, 0, plant.sentence);
    return {
      recordType: 'finding',
      recordId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      field: index % 2 === 0 ? 'headline' : 'body',
      text: sentences.join(' '),
    };
  });
}

describe('the check over a whole letter', () => {
  const texts = letter();
  const lists = { names: ['Grace Hope', 'May Lee', 'Will Turner', 'Mark Bishop', 'Rose Green'], extraRoles: [] };

  it('is a letter of 8,000 words or more', () => {
    expect(texts.map((text) => text.text.split(/\s+/).length).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(8_000);
  });

  it('finds every planted hit, where it was planted, and nothing else', () => {
    const expected = planted.map((plant, index) => {
      const text = texts[index * plantEvery + 5];
      return {
        recordId: text?.recordId,
        field: text?.field,
        text: plant.text,
        kind: plant.kind,
        start: text?.text.indexOf(plant.text),
      };
    });
    const hits = checkAttribution(texts, lists).map(({ recordId, field, text, kind, start }) => ({
      recordId,
      field,
      text,
      kind,
      start,
    }));
    expect(hits).toEqual(expected);
  });
});

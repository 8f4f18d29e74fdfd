import { describe, expect, it } from 'vitest';
import { onSiteDates, whenOnSite } from './onSiteDates';

describe('onSiteDates', () => {
  it.each([
    { from: '2026-11-23', to: '2026-11-26', dates: '23 to 26 November 2026', when: 'from 23 to 26 November 2026' },
    {
      from: '2026-11-30',
      to: '2026-12-03',
      dates: '30 November to 3 December 2026',
      when: 'from 30 November to 3 December 2026',
    },
    {
      from: '2026-12-30',
      to: '2027-01-02',
      dates: '30 December 2026 to 2 January 2027',
      when: 'from 30 December 2026 to 2 January 2027',
    },
    { from: '2026-03-05', to: '2026-03-05', dates: '5 March 2026', when: 'on 5 March 2026' },
  ])('$from to $to', ({ from, to, dates, when }) => {
    expect(onSiteDates(from, to)).toBe(dates);
    expect(whenOnSite(from, to)).toBe(when);
  });
});

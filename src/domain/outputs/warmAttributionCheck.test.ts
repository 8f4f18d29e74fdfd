import { describe, expect, it } from 'vitest';
import { attributionHitKinds } from './attributionCheck';
import { warmAttributionCheck } from './warmAttributionCheck';

describe('warmAttributionCheck', () => {
  it('takes the check down every path: a hit of every kind, a name in lower case and a phone number for the backstop', () => {
    const hits = warmAttributionCheck();
    expect(new Set(hits.map((hit) => hit.kind))).toEqual(new Set(attributionHitKinds));
    expect(hits.map((hit) => hit.text)).toEqual(
      expect.arrayContaining([
        'okonkwo',
        'Cllr Patel',
        'councillor Evans',
        '+44-7700-900123',
        '0800 1111',
        'Virtual School Head',
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { namesToCheck } from './namesToCheck';

describe('namesToCheck', () => {
  it.each<[string, string[]]>([
    ['Sam Lee, Jo Patel', ['Sam Lee', 'Jo Patel']],
    ['Sam Lee; Jo Patel\nAmara Okafor', ['Sam Lee', 'Jo Patel', 'Amara Okafor']],
    ['Sam Lee and Jo Patel & Kim Wu / Ann Ray', ['Sam Lee', 'Jo Patel', 'Kim Wu', 'Ann Ray']],
    ['Sam Lee (Head of HR), Jo Patel [carer]', ['Sam Lee', 'Jo Patel']],
    ['  , ;\n', []],
    ['Andrea Anderson', ['Andrea Anderson']],
  ])('reads the attendees %j', (attendeeNames, expected) => {
    expect(namesToCheck([], [{ attendeeNames }])).toEqual(expected);
  });

  it('puts members first and lists each name once, whatever its case', () => {
    expect(
      namesToCheck(
        [{ displayName: 'Grace Hope' }, { displayName: 'Sam Lee' }],
        [{ attendeeNames: 'sam lee, Jo Patel' }, { attendeeNames: 'Jo Patel' }],
      ),
    ).toEqual(['Grace Hope', 'Sam Lee', 'Jo Patel']);
  });
});

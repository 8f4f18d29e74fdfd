import { describe, expect, it } from 'vitest';
import { setChangeOf, settleConflict, type Settlement } from './settleConflict';

const live = { deleted: false, headline: 'Kept', noteIds: ['a', 'b'] };
const named = [
  { field: 'headline', rev: 4 },
  { field: 'headline', rev: 6 },
];

describe('settleConflict', () => {
  it.each([
    ['keeping the current value', live, 'headline', { kind: 'keep' } as Settlement, 'upsert', {}],
    [
      'keeping a deleted record deleted',
      { ...live, deleted: true },
      'headline',
      { kind: 'keep' } as Settlement,
      'delete',
      {},
    ],
    [
      'taking a losing value',
      live,
      'headline',
      { kind: 'replace', value: 'Other' } as Settlement,
      'upsert',
      { headline: 'Other' },
    ],
    ['taking a losing delete', live, 'deleted', { kind: 'replace', value: true } as Settlement, 'delete', {}],
    [
      'reviving over a delete',
      { ...live, deleted: true },
      'deleted',
      { kind: 'replace', value: false } as Settlement,
      'upsert',
      {},
    ],
    [
      'applying a set change to the current set',
      live,
      'noteIds',
      { kind: 'apply set change', change: { add: ['c'], remove: ['a'] } } as Settlement,
      'upsert',
      { noteIds: ['b', 'c'] },
    ],
  ])('%s', (_, record, field, settlement, op, changes) => {
    expect(settleConflict(record, field, named, settlement)).toEqual({ op, changes, resolvedConflicts: named });
  });

  it('names exactly the conflicts given, nothing else of theirs', () => {
    const conflicts = [{ field: 'headline', rev: 4, value: 'x', memberId: 'm', at: 't' }];
    expect(settleConflict(live, 'headline', conflicts, { kind: 'keep' }).resolvedConflicts).toEqual([
      { field: 'headline', rev: 4 },
    ]);
  });
});

describe('setChangeOf', () => {
  it.each([
    [
      { add: ['a'], remove: [] },
      { add: ['a'], remove: [] },
    ],
    ['text', null],
    [['a'], null],
    [{ add: [1], remove: [] }, null],
    [null, null],
  ])('%j → %j', (value, expected) => expect(setChangeOf(value)).toEqual(expected));
});

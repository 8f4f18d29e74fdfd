import { describe, expect, it } from 'vitest';
import { LastWrites, sameStoredValue } from './lastWrites';
import type { OutboxEntry } from './outboxEntry';

describe('sameStoredValue', () => {
  it('compares plain data by content', () => {
    expect(sameStoredValue({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameStoredValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameStoredValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameStoredValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameStoredValue([], {})).toBe(false);
    expect(sameStoredValue({ a: 1 }, undefined)).toBe(false);
  });
});

describe('LastWrites', () => {
  it('remembers the most recent records only', () => {
    const lastWrites = new LastWrites();
    const entry = { seq: 1 } as OutboxEntry;
    for (let index = 0; index < 70; index += 1) lastWrites.remember('note', `n${index}`, { record: { index }, entry });
    expect(lastWrites.get('note', 'n0')).toBeUndefined();
    expect(lastWrites.get('note', 'n69')?.record).toEqual({ index: 69 });
    lastWrites.forget('note', 'n69');
    expect(lastWrites.get('note', 'n69')).toBeUndefined();
  });
});

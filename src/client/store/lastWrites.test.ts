import { describe, expect, it } from 'vitest';
import { LastWrites } from './lastWrites';
import type { OutboxEntry } from './outboxEntry';

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

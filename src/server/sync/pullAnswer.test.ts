import { describe, expect, it } from 'vitest';
import { protocolVersion, schemaVersion } from '../../domain/sync/protocol';
import { pullAnswerBytes, type PullAnswer } from './pullAnswer';

const note = { id: 'n1', text: 'Heard at the “drop-in”: £40k' };
const theme = { id: 't1', name: 'Housing' };
const rest = { protocolVersion, schemaVersion, cursor: 12, hasMore: true, serverIdentity: 'server-1' };
const asBytes = (record: object) => new TextEncoder().encode(JSON.stringify(record));
const read = (answer: PullAnswer): unknown => JSON.parse(new TextDecoder().decode(pullAnswerBytes(answer)));
const expected = {
  changes: [
    { recordType: 'note', record: note },
    { recordType: 'theme', record: theme },
    { recordType: 'note', record: note },
  ],
  ...rest,
};

describe('a pull answer as bytes', () => {
  it('is the PullResponse, whether each record is held as text, as bytes or a mix', () => {
    const held = [
      ['text', 'text', 'text'],
      ['bytes', 'bytes', 'bytes'],
      ['text', 'bytes', 'text'],
      ['bytes', 'text', 'bytes'],
    ] as const;
    for (const kinds of held) {
      const changes = expected.changes.map(({ recordType, record }, index) => ({
        recordType: recordType === 'note' ? ('note' as const) : ('theme' as const),
        recordJson: kinds[index] === 'text' ? JSON.stringify(record) : asBytes(record),
      }));
      expect(read({ ...rest, changes })).toEqual(expected);
    }
  });

  it('holds an empty page', () => {
    expect(read({ ...rest, changes: [] })).toEqual({ ...rest, changes: [] });
  });
});

import { randomUUID } from 'node:crypto';
import type { Mutation } from '../../../src/domain/sync/protocol';
import { protocolVersion, schemaVersion } from '../../../src/domain/sync/protocol';

const editedAt = '2026-03-02T10:15:00.000Z';

/** A complete new note, as a device would first push it. */
export function newNote(seq: number, overrides: Partial<Mutation> = {}): Mutation {
  return {
    seq,
    recordType: 'note',
    recordId: randomUUID(),
    op: 'upsert',
    setChanges: {},
    baseRevs: {},
    editedAt,
    resolvedConflicts: [],
    ...overrides,
    changes: {
      sessionId: randomUUID(),
      text: `Note ${seq}`,
      evidenceType: 'heard',
      stance: 'neutral',
      isQuote: false,
      createdAt: editedAt,
      documentReference: '',
      ...overrides.changes,
    },
  };
}

/** A change to some fields of an existing record. */
export function edit(
  seq: number,
  recordType: Mutation['recordType'],
  recordId: string,
  changes: Record<string, unknown>,
): Mutation {
  return {
    seq,
    recordType,
    recordId,
    op: 'upsert',
    changes,
    setChanges: {},
    baseRevs: {},
    editedAt,
    resolvedConflicts: [],
  };
}

/** A tombstone for an existing record. */
export function remove(seq: number, recordType: Mutation['recordType'], recordId: string): Mutation {
  return {
    seq,
    recordType,
    recordId,
    op: 'delete',
    changes: {},
    setChanges: {},
    baseRevs: {},
    editedAt,
    resolvedConflicts: [],
  };
}

/** The push envelope around some mutations. */
export function pushBody(mutations: unknown[], version = protocolVersion): Record<string, unknown> {
  return { protocolVersion: version, schemaVersion, mutations };
}

import { recordTypes } from '../../../src/domain/records/recordTypes';
import type { Conflict } from '../../../src/domain/records/conflict';
import { sameJson } from '../../../src/domain/sync/sameJson';
import type { StoredRecord } from '../../../src/server/storage/storage';
import type { AppliedMutation, SyncWorld } from './syncWorld';

const key = (recordType: string, id: unknown) => `${recordType}:${String(id)}`;

/** Every client holds exactly the server's records, field for field, with nothing left to push. */
export async function expectClientsEqualServer(world: SyncWorld, server: StoredRecord[]): Promise<void> {
  const expected = new Map(server.map((record) => [key(record.recordType, record.data.id), record.data]));
  for (const client of world.clients) {
    const waiting = await client.db.outbox.count();
    if (waiting > 0) throw new Error(`client ${client.index} still has ${waiting} outbox entries`);
    // The commands do only what the screens offer, so the server refuses none of it.
    const refused = await client.db.refusedEdit.toArray();
    if (refused.length > 0) throw new Error(`client ${client.index} had edits refused: ${JSON.stringify(refused)}`);
    const actual = new Map<string, unknown>();
    for (const recordType of recordTypes) {
      for (const record of await client.db.recordTable(recordType).toArray())
        actual.set(key(recordType, record.id), record);
    }
    if (actual.size !== expected.size) {
      const onlyClient = [...actual.keys()].filter((id) => !expected.has(id));
      const onlyServer = [...expected.keys()].filter((id) => !actual.has(id));
      throw new Error(
        `client ${client.index} holds ${actual.size} records, the server ${expected.size}: ` +
          `only on the client ${JSON.stringify(onlyClient.map((id) => actual.get(id)))}, only on the server ${onlyServer.join(', ')}`,
      );
    }
    for (const [id, record] of expected) {
      if (!sameJson(actual.get(id), record)) {
        throw new Error(
          `client ${client.index} differs on ${id}:\n${JSON.stringify(actual.get(id))}\n${JSON.stringify(record)}`,
        );
      }
    }
  }
}

const lostAs = (conflicts: Conflict[], field: string, rev: number) =>
  conflicts.some((conflict) => conflict.field === field && conflict.rev === rev);

/**
 * Every value any client pushed is on the server: current, in the conflict list, or
 * knowingly replaced by a later edit from someone who had seen it (or the same device).
 */
export function expectNothingLost(applied: AppliedMutation[], server: StoredRecord[]): void {
  const records = new Map(server.map((record) => [String(record.data.id), record.data]));
  const ordered = [...applied].sort((a, b) => a.rev - b.rev);
  const firstRev = new Map<string, number>();
  for (const item of ordered) if (!firstRev.has(item.mutation.recordId)) firstRev.set(item.mutation.recordId, item.rev);

  for (const item of ordered) {
    const { mutation, rev, deviceId } = item;
    const record = records.get(mutation.recordId);
    if (!record) throw new Error(`record ${mutation.recordId} applied at rev ${rev} is not on the server`);
    const conflicts = (record.conflicts ?? []) as Conflict[];
    const later = ordered.filter((other) => other.rev > rev && other.mutation.recordId === mutation.recordId);
    const creating = firstRev.get(mutation.recordId) === rev;

    for (const [field, value] of Object.entries(mutation.changes)) {
      if (!creating && (field === 'authorId' || field === 'createdAt')) continue;
      if (field === 'authorId') continue; // the server takes the author from the token
      if (sameJson(record[field], value) || lostAs(conflicts, field, rev)) continue;
      const replaced = later.some(
        (other) =>
          field in other.mutation.changes &&
          !lostAs(conflicts, field, other.rev) &&
          (other.deviceId === deviceId || (other.mutation.baseRevs[field] ?? 0) >= rev),
      );
      if (!replaced) throw new Error(`value ${JSON.stringify(value)} of ${field} pushed at rev ${rev} was lost`);
    }
    // A set change kept as a conflict (a peer's late edit of a finding) waits for the
    // manager: a note it adds is not lost from the finding, it is in the conflict list.
    for (const [field, change] of Object.entries(mutation.setChanges)) {
      if (lostAs(conflicts, field, rev)) continue;
      const current = (record[field] ?? []) as string[];
      for (const added of change.add) {
        const removedLater = later.some((other) => other.mutation.setChanges[field]?.remove.includes(added));
        if (!current.includes(added) && !removedLater)
          throw new Error(`add of ${added} to ${field} at rev ${rev} was lost`);
      }
      for (const removed of change.remove) {
        const addedLater = later.some((other) => other.mutation.setChanges[field]?.add.includes(removed));
        if (current.includes(removed) && !addedLater)
          throw new Error(`remove of ${removed} from ${field} at rev ${rev} was lost`);
      }
    }
    if (mutation.op === 'delete' && record.deleted !== true && !lostAs(conflicts, 'deleted', rev)) {
      if (!later.some((other) => other.mutation.op === 'upsert')) throw new Error(`delete at rev ${rev} was lost`);
    }
    const keptAsConflict = conflicts.some((conflict) => conflict.rev === rev);
    if (mutation.op === 'upsert' && record.deleted === true && !keptAsConflict) {
      const deletedLater = later.some(
        (other) => other.mutation.op === 'delete' && !lostAs(conflicts, 'deleted', other.rev),
      );
      if (!deletedLater) throw new Error(`record ${mutation.recordId} revived at rev ${rev} is deleted`);
    }
  }
}

/**
 * The evening merge loses no evidence: a note in a finding on the server is a note there,
 * and a note the server ever added to a finding is still in it (live, merged away or
 * revived) unless some device took it out of that finding.
 */
export function expectFindingsWhole(
  applied: AppliedMutation[],
  evidenceRemoved: Set<string>,
  server: StoredRecord[],
): void {
  const notes = new Set(server.filter((r) => r.recordType === 'note').map((r) => String(r.data.id)));
  const findings = new Map(
    server.filter((r) => r.recordType === 'finding').map((r) => [String(r.data.id), r.data.noteIds as string[]]),
  );
  for (const [findingId, noteIds] of findings) {
    for (const noteId of noteIds) {
      if (!notes.has(noteId)) throw new Error(`finding ${findingId} cites ${noteId}, a note the server lacks`);
    }
  }
  for (const { mutation } of applied) {
    if (mutation.recordType !== 'finding') continue;
    for (const noteId of mutation.setChanges.noteIds?.add ?? []) {
      if (evidenceRemoved.has(`${mutation.recordId}:${noteId}`)) continue;
      if (!findings.get(mutation.recordId)?.includes(noteId)) {
        throw new Error(`finding ${mutation.recordId} lost note ${noteId}, which no device took out of it`);
      }
    }
  }
}

/** Replaying a push that was already sent changes nothing: every mutation is a duplicate. */
export async function expectReplayIsIdempotent(world: SyncWorld, pushIndex: number, times: number): Promise<void> {
  if (world.sentPushes.length === 0) return;
  const sent = world.sentPushes[pushIndex % world.sentPushes.length];
  const client = sent ? world.clients[sent.clientIndex] : undefined;
  if (!sent || !client) return;
  const before = await world.serverRecords();
  for (let attempt = 0; attempt < times; attempt += 1) {
    const response = await world.serverFetch(`http://localhost/api/engagements/${world.engagementId}/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
      body: sent.body,
    });
    const body = (await response.json()) as { results?: { status: string }[] };
    if (!response.ok || !body.results?.every((result) => result.status === 'duplicate')) {
      throw new Error(`replay ${attempt + 1} answered ${response.status} ${JSON.stringify(body)}`);
    }
  }
  const after = await world.serverRecords();
  if (!sameJson(before, after)) throw new Error('replaying a push changed the server');
}

import Dexie from 'dexie';
import { tombstoneSchema } from '../../domain/records/tombstone';
import type { Mutation, MutationResult } from '../../domain/sync/protocol';
import { systemClock, type Clock } from '../lib/clock';
import { quietPeriod } from '../lib/quietPeriod';
import { parseServerRecord, putServerRecord } from './applyPulledChanges';
import type { TriangulateDb } from './db';
import { erasureTables } from './erasedRecords';

/**
 * Takes the oldest outbox entries for a push and freezes them in one transaction:
 * from here on, later edits to those records get entries of their own.
 */
export async function takeOutboxBatch(db: TriangulateDb, engagementId: string, max: number): Promise<Mutation[]> {
  return db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox
      .where('[engagementId+seq]')
      .between([engagementId, 0], [engagementId, Infinity])
      .limit(max)
      .toArray();
    const newlyTaken = entries.filter((entry) => entry.state === 'waiting');
    await db.outbox.bulkPut(newlyTaken.map((entry) => ({ ...entry, state: 'taken' as const })));
    return entries.map(({ engagementId: _engagementId, state: _state, ...mutation }) => mutation);
  });
}

/**
 * Removes entries the server has answered for and records the revision each record now
 * has on the server, in one transaction. A refused entry moves to `refusedEdit` with the
 * server's reason (so the entries after it still go), and the record is put back as the
 * server holds it, with this device's other waiting edits laid over it; a record the
 * server has none of (a refused create) leaves this device unless edits of it still wait,
 * or it is a note: a person's own words stay where they wrote them.
 */
export async function acknowledgePush(
  db: TriangulateDb,
  engagementId: string,
  pushed: readonly Mutation[],
  results: readonly MutationResult[],
): Promise<void> {
  const tables = [...new Set(pushed.map((mutation) => db.recordTable(mutation.recordType)))];
  const refusedAt = new Date().toISOString();
  // A refusal can carry the server's erased tombstone: putting it back drops the record's copies.
  const erasing = results.some(
    (result) => result.status === 'refused' && tombstoneSchema.safeParse(result.record).success,
  )
    ? erasureTables(db)
    : [];
  await db.transaction('rw', [db.outbox, db.refusedEdit, ...tables, ...erasing], async () => {
    const bySeq = new Map(pushed.map((mutation) => [mutation.seq, mutation]));
    for (const result of results) {
      const mutation = bySeq.get(result.seq);
      if (!mutation) continue;
      await db.outbox.delete([engagementId, result.seq]);
      if (result.status === 'refused') {
        await db.refusedEdit.put({ engagementId, seq: result.seq, mutation, refusal: result.refusal, refusedAt });
        await putBackServerCopy(db, engagementId, mutation, result.record);
      } else if (result.rev !== null) {
        const table = db.recordTable(mutation.recordType);
        const local = await table.get(mutation.recordId);
        if (local && local.rev < result.rev) await table.update(mutation.recordId, { rev: result.rev });
      }
    }
  });
}

/** After a refusal: the record as the server holds it, or none when it has none to show. */
async function putBackServerCopy(
  db: TriangulateDb,
  engagementId: string,
  mutation: Mutation,
  record: Record<string, unknown> | null,
): Promise<void> {
  const server = record && parseServerRecord(mutation.recordType, record);
  if (server) return putServerRecord(db, engagementId, server);
  const waiting = await db.outbox.where('[engagementId+recordId]').equals([engagementId, mutation.recordId]).count();
  // An answer this app cannot read (a newer server) leaves the copy as it is. A refused
  // note stays in its session (its words are also on the refused list): no note is lost.
  if (waiting === 0 && record === null && mutation.recordType !== 'note') {
    await db.recordTable(mutation.recordType).delete(mutation.recordId);
  }
}

/**
 * How many changes wait to reach the server for this engagement: outbox entries and
 * photos not yet uploaded (a refused photo is not waiting: its thumbnail says why).
 */
export async function countWaitingEdits(db: TriangulateDb, engagementId: string): Promise<number> {
  const [edits, photos] = await Promise.all([
    db.outbox.where('engagementId').equals(engagementId).count(),
    db.photo
      .where('[engagementId+uploaded]')
      .equals([engagementId, 0])
      .filter((photo) => photo.uploadRefused === undefined)
      .count(),
  ]);
  return edits + photos;
}

/**
 * How long a recount waits after a write. Typing writes the outbox on every keystroke
 * without changing the count (keystrokes fold into one entry), and a recount per
 * keystroke is main-thread time taken from the next keystroke on a slow tablet.
 */
const recountAfterMs = 400;

/**
 * Calls back with the number of waiting edits now and, at most every `recountAfterMs`,
 * after the outbox or the photos change, in this tab or another (Dexie's
 * `storagemutated` event spans tabs).
 */
export function observeWaitingEdits(
  db: TriangulateDb,
  engagementId: string,
  onCount: (count: number) => void,
  clock: Clock = systemClock,
): () => void {
  let latest = 0;
  let stopped = false;
  const recount = () => {
    const asked = (latest += 1);
    countWaitingEdits(db, engagementId).then(
      (count) => {
        // An older count finishing after a newer one must not overwrite it.
        if (!stopped && asked === latest) onCount(count);
      },
      (error: unknown) => console.error('Could not count waiting edits', error),
    );
  };
  // The first write of a burst sets the time: later ones never put the recount off.
  const afterWrites = quietPeriod(recount, { quietMs: recountAfterMs, maxWaitMs: recountAfterMs }, clock);
  const stopWatching = observeWrites(db, ['outbox', 'photo'], () => afterWrites.touch());
  recount();
  return () => {
    stopped = true;
    afterWrites.cancel();
    stopWatching();
  };
}

/** Calls back at once (no reads) after every committed write to the outbox, from any tab. */
export function observeOutboxWrites(db: TriangulateDb, onWrite: () => void): () => void {
  return observeWrites(db, ['outbox'], onWrite);
}

/** Dexie's `storagemutated` event (this tab and, through its BroadcastChannel, others) for some tables. */
function observeWrites(db: TriangulateDb, tables: readonly string[], onWrite: () => void): () => void {
  const watched = tables.map((table) => `idb://${db.name}/${table}/`);
  const onMutated = (parts: Record<string, unknown>) => {
    if (watched.some((part) => part in parts)) onWrite();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

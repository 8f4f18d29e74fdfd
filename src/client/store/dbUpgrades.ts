import type { Transaction } from 'dexie';
import { stakeholderGroups } from '../../domain/records/session';
import type { SetChange } from '../../domain/sync/setChange';

/**
 * The upgrade step of each database version (db.ts). A step reads rows as the version
 * before stored them (parseOnRead.ts leaves upgrade transactions alone) and fills in what
 * its version added, so every row is whole without relying on schema defaults. Steps are
 * written once and never changed: a later version adds its own step.
 */

type StoredRow = Record<string, unknown>;

/** Record tables of version 1. */
const version1RecordTables = ['engagement', 'theme', 'scopeQuestion', 'member', 'session', 'note'];

/** Every value a set field can hold in one engagement. */
type KnownValues = (engagementId: string) => readonly string[];

async function idsByEngagement(tx: Transaction, tableName: string): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>();
  await tx
    .table(tableName)
    .toCollection()
    .each((row: StoredRow) => {
      const engagementId = String(row.engagementId);
      ids.set(engagementId, [...(ids.get(engagementId) ?? []), String(row.id)]);
    });
  return ids;
}

/**
 * Version 2: every record keeps the values that lost a concurrent edit (`conflicts`), and
 * an outbox entry sends set fields (a note's themes and scope questions, a session's
 * stakeholder groups) as adds and removes in `setChanges`; the server refuses them in
 * `changes`. A version 1 entry held the whole new list in `changes`: it becomes "add
 * these, remove every other value known here", which leaves the same list.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  for (const tableName of version1RecordTables) {
    await tx
      .table(tableName)
      .toCollection()
      .modify((record: StoredRow) => {
        record.conflicts ??= [];
      });
  }
  const themes = await idsByEngagement(tx, 'theme');
  const scopeQuestions = await idsByEngagement(tx, 'scopeQuestion');
  const setFields: Record<string, Record<string, KnownValues>> = {
    session: { stakeholderGroups: () => stakeholderGroups },
    note: {
      themeIds: (engagementId) => themes.get(engagementId) ?? [],
      scopeQuestionIds: (engagementId) => scopeQuestions.get(engagementId) ?? [],
    },
  };
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: StoredRow) => {
      const fields = setFields[String(entry.recordType)] ?? {};
      const setChanges: Record<string, SetChange> = {};
      for (const [field, knownValues] of Object.entries(fields)) {
        const list = (entry.changes as StoredRow)[field];
        if (!Array.isArray(list)) continue;
        const add = list.filter((value): value is string => typeof value === 'string');
        const kept = new Set(add);
        setChanges[field] = {
          add,
          remove: knownValues(String(entry.engagementId)).filter((value) => !kept.has(value)),
        };
      }
      entry.changes = Object.fromEntries(
        Object.entries(entry.changes as StoredRow).filter(([field]) => !Object.hasOwn(setChanges, field)),
      );
      entry.setChanges = { ...setChanges, ...(entry.setChanges as Record<string, SetChange> | undefined) };
    });
}

/**
 * Version 3 (photos): a note lists its photos (`photoIds`); a session lists the peers
 * assigned to it, counts who attended and may hold names for the team's own use.
 */
export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  await tx
    .table('note')
    .toCollection()
    .modify((note: StoredRow) => {
      note.photoIds ??= [];
    });
  await tx
    .table('session')
    .toCollection()
    .modify((session: StoredRow) => {
      session.assignedMemberIds ??= [];
      if (session.attendeeCount === undefined) session.attendeeCount = null;
      session.attendeeNames ??= '';
    });
}

/**
 * Version 6 (refused edits kept in `refusedEdit`): outbox entries name the conflicts
 * they settle (`resolvedConflicts`); those written before settle none.
 */
export async function upgradeToVersion6(tx: Transaction): Promise<void> {
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: StoredRow) => {
      entry.resolvedConflicts ??= [];
    });
}

/**
 * Version 7 (outputs): a snapshot has its number (1, 2, 3 … per kind, in the order they
 * were published), a comment the section and paragraph it is about, its status and the
 * team's answer. A council device's cursor counted the engagement's changes; the server
 * now gives the council a counter of its own, so such a device pulls again from 0. A
 * session may be kept as cancelled rather than deleted: a stored one is not.
 */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  const snapshots: StoredRow[] = await tx.table('publishedSnapshot').toArray();
  const numbers = new Map<unknown, number>();
  const byKind = new Map<string, StoredRow[]>();
  for (const snapshot of snapshots) {
    const key = `${String(snapshot.engagementId)} ${String(snapshot.kind)}`;
    byKind.set(key, [...(byKind.get(key) ?? []), snapshot]);
  }
  for (const group of byKind.values()) {
    group
      .sort((a, b) => String(a.publishedAt).localeCompare(String(b.publishedAt)))
      .forEach((snapshot, index) => numbers.set(snapshot.id, index + 1));
  }
  await tx
    .table('publishedSnapshot')
    .toCollection()
    .modify((snapshot: StoredRow) => {
      if (snapshot.conflicts === undefined) return; // a bare tombstone has no fields to fill
      snapshot.number ??= numbers.get(snapshot.id) ?? 1;
    });
  await tx
    .table('accuracyComment')
    .toCollection()
    .modify((comment: StoredRow) => {
      if (comment.conflicts === undefined) return;
      comment.sectionIndex ??= 0;
      if (comment.blockIndex === undefined) comment.blockIndex = null;
      comment.status ??= 'open';
      comment.answer ??= '';
    });
  await tx
    .table('deviceIdentity')
    .toCollection()
    .modify((identity: StoredRow) => {
      if (identity.role === 'council') identity.pullCursor = 0;
    });
  // Set fields this version adds: the roles the check flags, and the notes merges brought.
  await tx
    .table('engagement')
    .toCollection()
    .modify((engagement: StoredRow) => {
      if (engagement.conflicts === undefined) return;
      engagement.rolesToCheck ??= [];
    });
  await tx
    .table('finding')
    .toCollection()
    .modify((finding: StoredRow) => {
      if (finding.conflicts === undefined) return;
      finding.mergedNoteIds ??= [];
    });
  // A session may be kept as cancelled instead of deleted (issue 10).
  await tx
    .table('session')
    .toCollection()
    .modify((session: StoredRow) => {
      if (session.conflicts === undefined) return;
      session.cancelled ??= false;
    });
}

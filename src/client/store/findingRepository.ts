import { mayDecideFindings, mayEditFinding, type BoardActor } from '../../domain/findings/findingPermissions';
import {
  mergeFindings,
  unmergeFindings,
  withNotesAdded,
  withNotesRemoved,
  type MergePlan,
} from '../../domain/findings/mergeFindings';
import { byPosition, positionAfterAll, positionAt } from '../../domain/findings/position';
import type { Finding, FindingLane, FindingStatus } from '../../domain/records/finding';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';
import { StoreError, toStoreError } from './storeError';

/**
 * Every change to the findings board: each is ONE Dexie transaction that reads the
 * findings it builds on and writes them through saveEdit, so it syncs like any edit
 * and two quick taps both count. Permissions are checked here as on the server, so a
 * peer's screen cannot write what the server would only keep as a conflict.
 */

/** Runs a board change in one transaction over the findings and the outbox. */
async function inTransaction<T>(db: TriangulateDb, change: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', [db.finding, db.outbox, db.deviceIdentity], change);
  } catch (error) {
    throw toStoreError(error);
  }
}

const refuse = (message: string, field?: string): never => {
  throw new StoreError('invalid_record', message, field);
};

async function liveFinding(db: TriangulateDb, findingId: string): Promise<Finding> {
  const finding = await db.finding.get(findingId);
  if (!finding || finding.deleted) return refuse('This finding has been deleted or merged into another.');
  return finding;
}

async function editableFinding(db: TriangulateDb, actor: BoardActor, findingId: string): Promise<Finding> {
  const finding = await liveFinding(db, findingId);
  if (!mayEditFinding(actor, finding)) {
    refuse('Only the challenge manager can change this finding (peers change their own while proposed).');
  }
  return finding;
}

/** The live findings of one theme (tombstones left out), in no particular order. */
async function themeFindings(db: TriangulateDb, engagementId: string, themeId: string): Promise<Finding[]> {
  const all = await db.finding.where('[engagementId+themeId]').equals([engagementId, themeId]).toArray();
  return all.filter((finding) => !finding.deleted);
}

function saveFinding(db: TriangulateDb, finding: Pick<Finding, 'engagementId' | 'id'>, changes: Partial<Finding>) {
  return saveEdit(db, {
    engagementId: finding.engagementId,
    recordType: 'finding',
    recordId: finding.id,
    op: 'upsert',
    changes,
  });
}

export type NewFinding = {
  engagementId: string;
  themeId: string;
  lane: FindingLane;
  headline: string;
  explanation?: string;
  noteIds: readonly string[];
  /** The manager may start a finding agreed; a peer's is always proposed. */
  status?: FindingStatus;
};

/** A new finding at the end of its lane, evidenced by the notes chosen. */
export function createFinding(db: TriangulateDb, actor: BoardActor, input: NewFinding): Promise<Finding> {
  const status = input.status ?? 'proposed';
  return inTransaction(db, async () => {
    if (actor.role === 'council') refuse('The council does not see findings.');
    if (status !== 'proposed' && !mayDecideFindings(actor)) refuse('Peers propose findings.', 'status');
    const lane = (await themeFindings(db, input.engagementId, input.themeId)).filter((f) => f.lane === input.lane);
    return saveEdit(db, {
      engagementId: input.engagementId,
      recordType: 'finding',
      recordId: crypto.randomUUID(),
      op: 'upsert',
      changes: {
        themeId: input.themeId,
        lane: input.lane,
        headline: input.headline,
        explanation: input.explanation ?? '',
        status,
        position: positionAfterAll(lane),
        noteIds: [...new Set(input.noteIds)],
        mergedFromIds: [],
        mergedNoteIds: [],
        authorId: actor.memberId,
        createdAt: new Date().toISOString(),
      },
    });
  });
}

/** What can be edited in place: words, lane and (by the manager) status. */
export type FindingEdits = Partial<Pick<Finding, 'headline' | 'explanation' | 'lane' | 'status'>>;

export function editFinding(
  db: TriangulateDb,
  actor: BoardActor,
  findingId: string,
  changes: FindingEdits,
): Promise<Finding> {
  return inTransaction(db, async () => {
    const finding = await editableFinding(db, actor, findingId);
    if (changes.status !== undefined && changes.status !== finding.status && !mayDecideFindings(actor)) {
      refuse('Only the challenge manager agrees or drops findings.', 'status');
    }
    const lane = changes.lane ?? finding.lane;
    const laneChanges =
      lane === finding.lane
        ? {}
        : {
            position: positionAfterAll(
              (await themeFindings(db, finding.engagementId, finding.themeId)).filter((f) => f.lane === lane),
            ),
          };
    return saveFinding(db, finding, { ...changes, ...laneChanges });
  });
}

/** Adds notes to a finding's evidence (a set: notes it already cites stay once). */
export function addNotesToFinding(
  db: TriangulateDb,
  actor: BoardActor,
  findingId: string,
  noteIds: readonly string[],
): Promise<Finding> {
  return inTransaction(db, async () => {
    const finding = await editableFinding(db, actor, findingId);
    return saveFinding(db, finding, withNotesAdded(finding, noteIds));
  });
}

export function removeNotesFromFinding(
  db: TriangulateDb,
  actor: BoardActor,
  findingId: string,
  noteIds: readonly string[],
): Promise<Finding> {
  return inTransaction(db, async () => {
    const finding = await editableFinding(db, actor, findingId);
    return saveFinding(db, finding, withNotesRemoved(finding, noteIds));
  });
}

/**
 * Moves notes into a finding, out of the finding they came from (none for notes not yet
 * in one): both edits in one transaction, so a note is never in neither.
 */
export function moveNotesToFinding(
  db: TriangulateDb,
  actor: BoardActor,
  noteIds: readonly string[],
  fromFindingId: string | null,
  toFindingId: string,
): Promise<void> {
  return inTransaction(db, async () => {
    if (fromFindingId === toFindingId) return;
    const target = await editableFinding(db, actor, toFindingId);
    const source = fromFindingId === null ? null : await editableFinding(db, actor, fromFindingId);
    await saveFinding(db, target, withNotesAdded(target, noteIds));
    if (source) await saveFinding(db, source, withNotesRemoved(source, noteIds));
  });
}

/**
 * Puts a finding at `index` of `lane` (counted without it) on its theme's board: one
 * record written, with a position between its new neighbours.
 */
export function moveFinding(
  db: TriangulateDb,
  actor: BoardActor,
  findingId: string,
  lane: FindingLane,
  index: number,
): Promise<Finding> {
  return inTransaction(db, async () => {
    const finding = await editableFinding(db, actor, findingId);
    const inLane = (await themeFindings(db, finding.engagementId, finding.themeId))
      .filter((f) => f.lane === lane)
      .sort(byPosition);
    return saveFinding(db, finding, { lane, position: positionAt(inLane, findingId, index) });
  });
}

async function applyPlan(db: TriangulateDb, engagementId: string, plan: MergePlan): Promise<void> {
  if (!plan.ok) refuse(plan.reason);
  else {
    for (const change of plan.changes) {
      await saveEdit(db, {
        engagementId,
        recordType: 'finding',
        recordId: change.findingId,
        op: change.op,
        changes: change.changes,
      });
    }
  }
}

/** Merges duplicates into `survivorId` (see domain/findings/mergeFindings.ts). The manager's. */
export function mergeFindingsInto(
  db: TriangulateDb,
  actor: BoardActor,
  survivorId: string,
  otherIds: readonly string[],
): Promise<void> {
  return inTransaction(db, async () => {
    if (!mayDecideFindings(actor)) refuse('Only the challenge manager merges findings.');
    const survivor = await liveFinding(db, survivorId);
    const others = await Promise.all(otherIds.map((id) => liveFinding(db, id)));
    await applyPlan(db, survivor.engagementId, mergeFindings(survivor, others));
  });
}

/**
 * Takes merged findings back out of `survivorId`, computed from the records as stored
 * now (this device's own merge, a synced one, or one made on another device alike).
 */
export function unmergeFindingsFrom(
  db: TriangulateDb,
  actor: BoardActor,
  survivorId: string,
  reviveIds: readonly string[],
): Promise<void> {
  return inTransaction(db, async () => {
    if (!mayDecideFindings(actor)) refuse('Only the challenge manager undoes a merge.');
    const survivor = await liveFinding(db, survivorId);
    const merged = await db.finding.bulkGet(survivor.mergedFromIds);
    const mergedFrom = new Map(merged.flatMap((finding) => (finding ? [[finding.id, finding] as const] : [])));
    await applyPlan(db, survivor.engagementId, unmergeFindings(survivor, reviveIds, mergedFrom));
  });
}

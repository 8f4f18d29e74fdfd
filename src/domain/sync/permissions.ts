import type { MemberRole } from '../records/member';
import type { AnyRecord, RecordType } from '../records/recordTypes';
import type { Mutation } from './protocol';
import { councilWritesComment, managerWritesComment } from './permissionsComments';

export type WriteRequest = {
  role: MemberRole;
  memberId: string;
  recordType: RecordType;
  /** The record as the server holds it, if it exists. */
  existing: AnyRecord | undefined;
  /** What the write would do: with `existing`, it says what the record would be after it. */
  change: Pick<Mutation, 'op' | 'changes' | 'setChanges'>;
};

/**
 * - `allowed`: the write applies;
 * - `refused`: the role may not make it (the push reports it; nothing changes);
 * - `kept as conflict`: a peer's edit of their own finding that stopped being proposed
 *   (agreed, dropped or merged away while they were offline): nothing changes, and every
 *   value it carries joins the finding's conflicts for the challenge manager to weigh.
 */
export type WriteDecision = 'allowed' | 'refused' | 'kept as conflict';

/**
 * What the council may see: outputs the team chose to publish, the accuracy comments on
 * them, and the engagement itself (which council, what, and when: its screens say so; the
 * team's own list of roles to check stays with the team, councilView.ts). Never notes,
 * sessions, members or findings: raw evidence stays with the team.
 */
const councilReadable: ReadonlySet<RecordType> = new Set(['publishedSnapshot', 'accuracyComment', 'engagement']);

/** A record the caller may change as its author: new, or created by the same member. */
function ownOrNew(memberId: string, existing: AnyRecord | undefined): boolean {
  return existing === undefined || ('authorId' in existing && existing.authorId === memberId);
}

/** The status a finding would have after the write: the one sent, else the one it has. */
function statusAfter({ existing, change }: WriteRequest): unknown {
  if (Object.hasOwn(change.changes, 'status')) return change.changes.status;
  return existing && 'status' in existing ? existing.status : undefined;
}

/**
 * A peer proposes findings and shapes their own while proposed: never agrees or drops
 * one (status stays "proposed") and never merges (`mergedFromIds` is the manager's).
 */
function peerWritesFinding(request: WriteRequest): WriteDecision {
  const { memberId, existing, change } = request;
  if (!ownOrNew(memberId, existing)) return 'refused';
  const proposedAfter = statusAfter(request) === 'proposed';
  // A new finding sends its empty set as an empty change: only an add or remove merges.
  const mergedFrom = change.setChanges.mergedFromIds;
  const merges = mergedFrom !== undefined && mergedFrom.add.length + mergedFrom.remove.length > 0;
  if (existing && 'status' in existing && (existing.deleted || existing.status !== 'proposed')) {
    // The manager moved it on while this peer was offline: the edit is evidence of what
    // they meant, so it waits for the manager rather than being lost or applied.
    return 'kept as conflict';
  }
  return proposedAfter && !merges ? 'allowed' : 'refused';
}

/**
 * Who may write what. Managers run the engagement and write everything in it (every
 * finding, recommendation and "still to cover" line: they agree, drop and merge; the
 * outputs' own words and the accepted check results), but only answer and close council
 * members' comments; peers write their own notes and propose findings; the council
 * writes only its own factual-accuracy comments. What a published snapshot may still
 * undergo is publishedSnapshotRules.ts.
 */
export function writeDecision(request: WriteRequest): WriteDecision {
  const { role, memberId, recordType, existing } = request;
  switch (role) {
    case 'manager':
      return recordType === 'accuracyComment' ? managerWritesComment(request) : 'allowed';
    case 'peer':
      if (recordType === 'finding') return peerWritesFinding(request);
      return recordType === 'note' && ownOrNew(memberId, existing) ? 'allowed' : 'refused';
    case 'council':
      return recordType === 'accuracyComment' ? councilWritesComment(request) : 'refused';
  }
}

/** Whether a write may be sent at all: applied, or kept as a conflict for the manager. */
export function canWrite(request: WriteRequest): boolean {
  return writeDecision(request) !== 'refused';
}

/**
 * Record types each role may read. The team (manager and peers) reads every record of
 * its engagement, council comments included, since answering them is the team's job.
 */
export function canRead(role: MemberRole, recordType: RecordType): boolean {
  return role !== 'council' || councilReadable.has(recordType);
}

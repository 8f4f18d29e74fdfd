import type { MemberRole } from '../records/member';
import type { AnyRecord, RecordType } from '../records/recordTypes';

export type WriteRequest = {
  role: MemberRole;
  memberId: string;
  recordType: RecordType;
  /** The record as the server holds it, if it exists. */
  existing: AnyRecord | undefined;
};

/**
 * What the council may see: outputs the team chose to publish, and the accuracy comments
 * on them. Never notes, sessions, members or findings: raw evidence stays with the team.
 */
const councilReadable: ReadonlySet<RecordType> = new Set(['publishedSnapshot', 'accuracyComment']);

/** A record the caller may change as its author: new, or created by the same member. */
function ownOrNew(memberId: string, existing: AnyRecord | undefined): boolean {
  return existing === undefined || ('authorId' in existing && existing.authorId === memberId);
}

/**
 * Who may write what. Managers run the engagement and write everything in it; peers
 * write their own notes; the council writes only its own factual-accuracy comments.
 */
export function canWrite({ role, memberId, recordType, existing }: WriteRequest): boolean {
  switch (role) {
    case 'manager':
      return true;
    case 'peer':
      // Peers will also *propose* findings (the evening-merge issue): allow a new finding
      // in status "proposed" here, and leave agreeing it to the manager.
      return recordType === 'note' && ownOrNew(memberId, existing);
    case 'council':
      return recordType === 'accuracyComment' && ownOrNew(memberId, existing);
  }
}

/**
 * Record types each role may read. The team (manager and peers) reads every record of
 * its engagement, council comments included, since answering them is the team's job.
 */
export function canRead(role: MemberRole, recordType: RecordType): boolean {
  return role !== 'council' || councilReadable.has(recordType);
}

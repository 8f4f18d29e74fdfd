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
 * Who may write what. Managers run the engagement; peers write their own notes;
 * the council writes nothing here (it comments on published outputs, built later).
 */
export function canWrite({ role, memberId, recordType, existing }: WriteRequest): boolean {
  if (role === 'manager') return true;
  if (role !== 'peer' || recordType !== 'note') return false;
  return existing === undefined || ('authorId' in existing && existing.authorId === memberId);
}

/** Record types each role may read. The council reads only published outputs. */
export function canRead(role: MemberRole, recordType: RecordType): boolean {
  void recordType;
  return role !== 'council';
}

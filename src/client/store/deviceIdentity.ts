import type { MemberRole } from '../../domain/records/member';

/** What this device holds after joining one engagement with an invite link. */
export type DeviceIdentity = {
  engagementId: string;
  /** Bearer token for the API; the server keeps only its hash. */
  deviceToken: string;
  deviceId: string;
  memberId: string;
  role: MemberRole;
  displayName: string;
  /**
   * Next outbox sequence number for this device. Taken inside each edit's transaction,
   * so two tabs sharing the database never hand out the same number.
   */
  nextSeq: number;
  /** Server change number up to which this device has pulled. */
  pullCursor: number;
  /** Answer of navigator.storage.persist() at join: false means the browser may evict data. */
  storagePersisted: boolean | null;
};

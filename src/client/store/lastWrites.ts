import type { OutboxEntry } from './outboxEntry';

/** What this tab last stored for one record: the record and its outbox entry still waiting. */
export type LastWrite = { record: object; entry: OutboxEntry };

/** Records typed into at once are few; an old one simply falls back to reading. */
const remembered = 64;

/**
 * The state this tab's last edit of each record left in IndexedDB. While a person types,
 * the next edit can be computed from it and written without first waiting for a read.
 * It is only ever a guess: the write transaction reads both values again, alongside its
 * puts, and is aborted when anything else (another tab, a pull, a push) changed them.
 */
export class LastWrites {
  private readonly byRecord = new Map<string, LastWrite>();

  get(recordType: string, recordId: string): LastWrite | undefined {
    return this.byRecord.get(`${recordType}/${recordId}`);
  }

  remember(recordType: string, recordId: string, write: LastWrite): void {
    const key = `${recordType}/${recordId}`;
    this.byRecord.delete(key);
    this.byRecord.set(key, write);
    if (this.byRecord.size > remembered) {
      const oldest = this.byRecord.keys().next();
      if (!oldest.done) this.byRecord.delete(oldest.value);
    }
  }

  forget(recordType: string, recordId: string): void {
    this.byRecord.delete(`${recordType}/${recordId}`);
  }
}

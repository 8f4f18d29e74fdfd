import type { z } from 'zod';

/** A row in IndexedDB that does not match its schema: kept as stored, left out of what the app reads. */
export type UnreadableRecord = {
  /** The Dexie table, e.g. "note" or "outbox". */
  table: string;
  /** Its primary key, as JSON (the outbox's key is [engagementId, seq]). */
  key: string;
  /** The first thing wrong with it, e.g. "stance: Invalid option". */
  problem: string;
};

/**
 * The unreadable rows this tab has met in reads so far. A row leaves the list once a read
 * finds it readable again (a pull or an import stored a good version over it).
 */
export class UnreadableRecords {
  private readonly byKey = new Map<string, UnreadableRecord>();
  private readonly listeners = new Set<() => void>();

  get count(): number {
    return this.byKey.size;
  }

  list(): UnreadableRecord[] {
    return [...this.byKey.values()];
  }

  /** Calls back after the list changed; returns the function that stops listening. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  found(table: string, key: unknown, error: z.ZodError): void {
    const id = `${table}/${JSON.stringify(key)}`;
    if (this.byKey.has(id)) return;
    const issue = error.issues[0];
    const problem = issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : error.message;
    const record: UnreadableRecord = { table, key: JSON.stringify(key) ?? '', problem };
    this.byKey.set(id, record);
    console.warn('A record on this device does not match its schema; it is kept as stored and left out', record);
    this.changed();
  }

  readable(table: string, key: unknown): void {
    if (this.byKey.delete(`${table}/${JSON.stringify(key)}`)) this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

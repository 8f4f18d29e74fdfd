/**
 * Editors register how to flush their unsaved text here, so an app update or a page
 * hide can wait until every keystroke is in IndexedDB.
 */
export class PendingSaves {
  private readonly flushers = new Set<() => Promise<void>>();

  register(flush: () => Promise<void>): () => void {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.flushers].map((flush) => flush()));
  }
}

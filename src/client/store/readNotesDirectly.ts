import { noteSchema, type Note } from '../../domain/records/note';

/**
 * Every live note of an engagement, read straight from IndexedDB without Dexie: for the
 * worker that builds the search index, which has no Dexie of its own. Each row is parsed
 * with the note schema, as Dexie's reads on the page parse it (parseOnRead.ts); a row that
 * does not parse (or a note erased to its tombstone) is left out, as there.
 *
 * Opens the database at whatever version it has and never creates or upgrades it: the
 * page's Dexie owns the schema. Closes at once if the page needs to upgrade it.
 */
export function readEngagementNotesDirectly(databaseName: string, engagementId: string): Promise<Note[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(databaseName);
    open.onupgradeneeded = () => open.transaction?.abort(); // no such database: not ours to create
    open.onerror = () => reject(open.error ?? new Error('could not open the notes'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const read = db.transaction('note', 'readonly').objectStore('note').index('engagementId').getAll(engagementId);
        read.onerror = () => {
          db.close();
          reject(read.error ?? new Error('could not read the notes'));
        };
        read.onsuccess = () => {
          db.close();
          const rows: unknown[] = read.result;
          const notes: Note[] = [];
          for (const row of rows) {
            const parsed = noteSchema.safeParse(row);
            if (parsed.success && !parsed.data.deleted) notes.push(parsed.data);
          }
          resolve(notes);
        };
      } catch (error) {
        db.close();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
}

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readEngagementNotesDirectly } from '../../src/client/store/readNotesDirectly';
import { makeNote } from '../component/searchFixtures';
import { engagementId, joinedDb } from './storeFixtures';

const otherEngagementId = '9e9e9e9e-6a52-4d7e-8a0c-1d2e3f4a5b6c';

describe('reading notes without Dexie (the search index worker)', () => {
  it('reads the engagement’s live notes parsed, leaving out deleted, unparsable and other engagements’ notes', async () => {
    const db = await joinedDb();
    const kept = makeNote('Carers said the panel is slow');
    await db.note.bulkPut([
      kept,
      makeNote('A deleted note', { deleted: true }),
      makeNote('Another council', { engagementId: otherEngagementId }),
    ]);
    // A row stored by an older version, without a field the schema defaults, and one that cannot parse.
    const { photoIds: _dropped, ...older } = makeNote('Stored before photos');
    await db.note.bulkPut([older as typeof kept, { ...makeNote('Broken'), text: 42 } as unknown as typeof kept]);
    const notes = await readEngagementNotesDirectly(db.name, engagementId);
    expect(notes.map((note) => note.text).sort()).toEqual(['Carers said the panel is slow', 'Stored before photos']);
    expect(notes.find((note) => note.id === kept.id)).toEqual(kept);
    expect(notes.find((note) => note.id === older.id)?.photoIds).toEqual([]);
  });

  it('does not create a database that is not there', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    await expect(readEngagementNotesDirectly(name, engagementId)).rejects.toBeDefined();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/domain/records/note';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { engagementId, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, seedEngagement, stubObjectUrls } from './captureFixtures';

/** The note text each note editor was last rendered with: what the last read brought. */
const editorTexts = vi.hoisted(() => new Map<string, string>());
vi.mock('../../src/client/features/capture/NoteEditor', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/capture/NoteEditor')>();
  return {
    ...actual,
    NoteEditor: (props: Parameters<typeof actual.NoteEditor>[0]) => {
      editorTexts.set(props.note.id, props.note.text);
      return <actual.NoteEditor {...props} />;
    },
  };
});

beforeEach(() => {
  stubObjectUrls();
  editorTexts.clear();
});
afterEach(cleanup);

/** Rows of the note table read through Dexie, by any query, get or cursor. */
type ReadCounter = { rows: number };

/** A DBCore middleware counting the note rows each read returns. */
function countingNoteReads(counter: ReadCounter): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'countNoteReads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'note') return table;
        return {
          ...table,
          get: async (req) => {
            const row: unknown = await table.get(req);
            if (row !== undefined) counter.rows += 1;
            return row;
          },
          getMany: async (req) => {
            const rows = await table.getMany(req);
            counter.rows += rows.filter((row) => row !== undefined).length;
            return rows;
          },
          query: async (req) => {
            const result = await table.query(req);
            counter.rows += result.result.length;
            return result;
          },
          openCursor: (req) => {
            // Not used by the session screen; counted as if it read the whole table.
            counter.rows += Number.MAX_SAFE_INTEGER;
            return table.openCursor(req);
          },
        };
      },
    }),
  };
}

function note(index: number): Note {
  const time = new Date(Date.UTC(2020, 10, 23, 9) + index * 1000).toISOString();
  return {
    id: crypto.randomUUID(),
    engagementId,
    rev: 1,
    updatedAt: time,
    deleted: false,
    conflicts: [],
    sessionId: session.id,
    text: `Note ${index + 1}`,
    evidenceType: 'heard',
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId: memberId,
    createdAt: time,
    documentReference: '',
    photoIds: [],
  };
}

describe('typing in a session of 5,000 notes', () => {
  it('reads again only the note typed in, not the whole session', async () => {
    const counter: ReadCounter = { rows: 0 };
    const db = new TriangulateDb(`test-${crypto.randomUUID()}`);
    db.use(countingNoteReads(counter));
    await saveJoin(
      db,
      {
        deviceToken: 'token-token-token-token-token',
        deviceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
        engagementId,
        memberId,
        role: 'peer',
        displayName: 'Priya Shah',
      },
      true,
    );
    await seedEngagement(db);
    const notes = Array.from({ length: 5000 }, (_, index) => note(index));
    await db.note.bulkPut(notes);
    await renderSessionPage(db, <SessionPage />);
    const [box] = await screen.findAllByRole('textbox', { name: 'Note text' }, { timeout: 10_000 });
    const first = notes[0];
    if (!box || !first) throw new Error('no note on screen');
    expect(editorTexts.get(first.id)).toBe('Note 1');

    const user = userEvent.setup();
    await user.click(box);
    counter.rows = 0;
    await user.keyboard('{End}!');
    await user.tab();
    // Written (on blur), and the written note has come back to its editor.
    await waitFor(() => expect(editorTexts.get(first.id)).toBe('Note 1!'), { timeout: 10_000 });
    expect(counter.rows).toBeLessThanOrEqual(5);
  }, 30_000);
});

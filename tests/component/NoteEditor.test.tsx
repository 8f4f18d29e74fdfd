// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppServicesContext } from '../../src/client/services/appServices';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { NoteEditor } from '../../src/client/features/capture/NoteEditor';
import { TagOptionsProvider } from '../../src/client/features/capture/tagOptions';
import type { TriangulateDb } from '../../src/client/store/db';
import { createNote } from '../../src/client/store/noteRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { joinedDb, memberId, session } from '../unit/storeFixtures';

afterEach(cleanup);

async function renderEditor(db: TriangulateDb) {
  const note = await createNote(db, session, memberId);
  const pendingSaves = new PendingSaves();
  render(
    <AppServicesContext.Provider
      value={{
        db,
        api: createApiClient('http://127.0.0.1:1'),
        teamApi: createTeamApiClient('http://127.0.0.1:1'),
        pendingSaves,
      }}
    >
      <TagOptionsProvider engagementId={note.engagementId}>
        <NoteEditor note={note} autoFocus />
      </TagOptionsProvider>
    </AppServicesContext.Provider>,
  );
  return { note, pendingSaves };
}

describe('NoteEditor', () => {
  it('saves every keystroke to IndexedDB and everything by the time it is flushed', async () => {
    const db = await joinedDb();
    const { note, pendingSaves } = await renderEditor(db);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Note text' });
    expect(box).toHaveProperty('value', '');
    await user.type(box, 'Carers said the panel is slow');
    await pendingSaves.flushAll();
    expect((await db.note.get(note.id))?.text).toBe('Carers said the panel is slow');
    expect(box).toHaveProperty('value', 'Carers said the panel is slow');
  });

  it('saves the evidence type, stance and quote flag when chosen', async () => {
    const db = await joinedDb();
    const { note } = await renderEditor(db);
    const user = userEvent.setup();
    expect(screen.getByRole('combobox', { name: 'Evidence type' })).toHaveProperty('value', 'heard');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Evidence type' }), 'seen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance' }), 'area for consideration');
    await user.click(screen.getByRole('checkbox', { name: 'Verbatim quote' }));
    await waitFor(async () =>
      expect(await db.note.get(note.id)).toMatchObject({
        evidenceType: 'seen',
        stance: 'area for consideration',
        isQuote: true,
      }),
    );
  });

  it('keeps the text on screen and says why when the device cannot save it', async () => {
    const db = await joinedDb();
    const { pendingSaves } = await renderEditor(db);
    const user = userEvent.setup();
    db.close();
    await user.type(screen.getByRole('textbox', { name: 'Note text' }), 'Not lost');
    await pendingSaves.flushAll();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not save on this device/);
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveProperty('value', 'Not lost');
  });
});

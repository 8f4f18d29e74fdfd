// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { createNote, listSessionNotes } from '../../src/client/store/noteRepository';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, seedEngagement, stubObjectUrls } from './captureFixtures';

/** A JPEG's first bytes: enough for the store and the server's sniff. */
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

// jsdom cannot decode images: the resizer is stubbed; its real run is in the Chromium journey.
vi.mock('../../src/client/features/capture/resizePhoto', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/client/features/capture/resizePhoto')>()),
  resizePhoto: vi.fn(async () => ({ bytes: jpeg.slice().buffer, contentType: 'image/jpeg' as const })),
}));

beforeEach(stubObjectUrls);
afterEach(cleanup);

async function pageWithMyNote() {
  const db = await joinedDb();
  await seedEngagement(db);
  const note = await createNote(db, session, memberId);
  await renderSessionPage(db, <SessionPage />);
  const box = await screen.findByRole('textbox', { name: 'Note text' });
  const article = box.closest('article');
  if (!article) throw new Error('no note');
  // A note shows its photo controls once it is the one being edited.
  await userEvent.setup().click(box);
  await within(article).findByLabelText('Add photo');
  return { db, note, article };
}

describe('photos on a note', () => {
  it('stores a picked photo in IndexedDB with the note, waiting to upload, and shows its thumbnail', async () => {
    const { db, note, article } = await pageWithMyNote();
    const user = userEvent.setup();
    const input = within(article).getByLabelText('Add photo');
    expect(input).toHaveAttribute('accept', 'image/*');
    await user.upload(input, new File(['raw camera bytes'], 'panel.jpg', { type: 'image/jpeg' }));

    expect(await within(article).findByRole('img', { name: 'Photo 1' })).toBeInTheDocument();
    expect(within(article).getByText('Waiting to upload')).toBeInTheDocument();
    const [saved] = await listSessionNotes(db, engagementId, session.id);
    expect(saved?.photoIds).toHaveLength(1);
    const photo = await db.photo.get(saved?.photoIds[0] ?? '');
    expect(photo).toMatchObject({ noteId: note.id, engagementId, contentType: 'image/jpeg', uploaded: 0 });
    expect(new Uint8Array(photo?.bytes ?? new ArrayBuffer(0))).toEqual(jpeg);
    // The photo id travels in the note's outbox entry as a set add.
    const entry = await db.outbox.where('[engagementId+recordId]').equals([engagementId, note.id]).first();
    expect(entry?.setChanges.photoIds?.add).toEqual([photo?.id]);
  });

  it('refuses a file that is not an image, with a message, and stores nothing', async () => {
    const { db, article } = await pageWithMyNote();
    // As if the person chose "All files" in the picker.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(
      within(article).getByLabelText('Add photo'),
      new File(['minutes'], 'minutes.pdf', { type: 'application/pdf' }),
    );
    expect(await within(article).findByRole('alert')).toHaveTextContent('minutes.pdf is not a photo');
    expect(await db.photo.count()).toBe(0);
    expect(within(article).queryByRole('img')).not.toBeInTheDocument();
  });

  it('takes a photo off the note', async () => {
    const { db, article } = await pageWithMyNote();
    const user = userEvent.setup();
    await user.upload(within(article).getByLabelText('Add photo'), new File(['x'], 'a.png', { type: 'image/png' }));
    await within(article).findByRole('img', { name: 'Photo 1' });
    await user.click(within(article).getByRole('button', { name: 'Remove photo 1' }));
    await waitFor(() => expect(within(article).queryByRole('img', { name: 'Photo 1' })).not.toBeInTheDocument());
    const [saved] = await listSessionNotes(db, engagementId, session.id);
    expect(saved?.photoIds).toEqual([]);
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsPage } from '../../src/client/features/findings/FindingsPage';
import { SetupPage } from '../../src/client/features/setup/SetupPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { removeTheme } from '../../src/client/store/themeRepository';
import type { Finding } from '../../src/domain/records/finding';
import { engagementId } from '../unit/storeFixtures';
import { carersSession, makeNote, otherTheme, scopeQuestion, theme } from './searchFixtures';
import { engagementDb, renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const finding: Finding = {
  id: '6f6e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  engagementId,
  rev: 3,
  updatedAt: '2026-11-23T18:00:00.000Z',
  deleted: false,
  conflicts: [],
  themeId: theme.id,
  lane: 'strength',
  headline: 'Partners trust each other',
  explanation: '',
  status: 'proposed',
  position: 1,
  noteIds: [],
  mergedFromIds: [],
  mergedNoteIds: [],
  authorId: '5e5e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  createdAt: '2026-11-23T18:00:00.000Z',
};
const notes = [
  makeNote('Partners meet weekly', { themeIds: [theme.id], sessionId: carersSession.id }),
  makeNote('Joint budget agreed', { themeIds: [theme.id], scopeQuestionIds: [scopeQuestion.id] }),
];

/** Two themes (the first used by 2 notes and a finding), a scope question used by one note. */
async function seeded(): Promise<TriangulateDb> {
  const db = await engagementDb([carersSession]);
  await db.theme.bulkPut([theme, otherTheme]);
  await db.scopeQuestion.put(scopeQuestion);
  await db.note.bulkPut(notes);
  await db.finding.put(finding);
  return db;
}

const isDeleted = async (db: TriangulateDb, id: string) => (await db.theme.get(id))?.deleted;

describe('removing a theme or scope question in use', () => {
  it('says how many notes and findings use the theme, asks, and undo brings it back with its tags', async () => {
    const db = await seeded();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Themes' });
    await within(section).findByRole('textbox', { name: 'Theme 2' });
    await user.click(within(section).getByRole('button', { name: 'Remove theme 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove theme 1?' });
    expect(dialog).toHaveTextContent(`“${theme.name}” is used by 2 notes and 1 finding.`);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await isDeleted(db, theme.id)).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Remove theme 1' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove theme 1?' })).getByRole('button', {
        name: 'Remove theme 1',
      }),
    );
    expect(await within(section).findByText(`Theme 1, “${theme.name}”, removed.`, { exact: false })).toHaveRole(
      'status',
    );
    expect(await isDeleted(db, theme.id)).toBe(true);
    // Removing never strips the tag: undo has nothing to put back but the theme itself.
    expect((await db.note.bulkGet(notes.map((n) => n.id))).map((n) => n?.themeIds)).toEqual([[theme.id], [theme.id]]);

    await user.click(await within(section).findByRole('button', { name: 'Undo removing theme 1' }));
    expect(await within(section).findByRole('textbox', { name: 'Theme 2' })).toBeInTheDocument();
    await waitFor(async () => expect(await isDeleted(db, theme.id)).toBe(false));
    expect(within(section).getByRole('textbox', { name: 'Theme 1' })).toHaveValue(theme.name);
  });

  it('removes a theme nothing uses at once, still with undo', async () => {
    const db = await seeded();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Themes' });
    await user.click(await within(section).findByRole('button', { name: 'Remove theme 2' }));
    await waitFor(async () => expect(await isDeleted(db, otherTheme.id)).toBe(true));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(await within(section).findByRole('button', { name: 'Undo removing theme 2' }));
    await waitFor(async () => expect(await isDeleted(db, otherTheme.id)).toBe(false));
  });

  it('says how many notes use a scope question before removing it, with undo', async () => {
    const db = await seeded();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Scope questions' });
    await user.click(await within(section).findByRole('button', { name: 'Remove scope question 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove scope question 1?' });
    expect(dialog).toHaveTextContent('is used by 1 note.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove scope question 1' }));
    await waitFor(async () => expect((await db.scopeQuestion.get(scopeQuestion.id))?.deleted).toBe(true));
    await user.click(await within(section).findByRole('button', { name: 'Undo removing scope question 1' }));
    await waitFor(async () => expect((await db.scopeQuestion.get(scopeQuestion.id))?.deleted).toBe(false));
  });

  it('keeps a removed theme’s findings and notes on a board of their own', async () => {
    const db = await seeded();
    await removeTheme(db, engagementId, theme.id);
    await renderInEngagement(db, <FindingsPage />);
    const user = userEvent.setup();
    const board = await screen.findByRole('combobox', { name: 'Theme' });
    const removed = await within(board).findByRole('option', { name: `${theme.name} (removed)` });
    await user.selectOptions(board, removed);
    expect(await screen.findByRole('listitem', { name: finding.headline })).toBeInTheDocument();
    expect(await screen.findByText('Partners meet weekly')).toBeInTheDocument();
  });
});

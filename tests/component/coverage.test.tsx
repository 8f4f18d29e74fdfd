// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CoveragePage } from '../../src/client/features/coverage/CoveragePage';
import { TodayPage } from '../../src/client/features/timetable/TodayPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { listStillToCover } from '../../src/client/store/stillToCoverRepository';
import { engagementId } from '../unit/storeFixtures';
import { coverageDb, textLine } from './coverageFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};
const stillToCover = () => screen.getByRole('list', { name: 'Still to cover' });
const lineTexts = () =>
  within(stillToCover())
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent);
const savedTexts = async (db: TriangulateDb) =>
  (await listStillToCover(db, engagementId)).map((line) => [line.text, line.done]);

describe('Coverage', () => {
  it('counts each theme and scope question against the groups, then read, heard and seen, gaps and thin cells in words', async () => {
    const db = await coverageDb();
    await renderInEngagement(db, <CoveragePage />);
    const themes = await screen.findByRole('table', { name: /^Notes by theme/ });
    expect(
      within(themes)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Theme',
      'Councillors',
      'Senior officers',
      'Managers',
      'Front-line staff',
      'NHS partners',
      'Voluntary sector partners',
      'People who use services',
      'Carers',
      'Other',
      'Read',
      'Heard',
      'Seen',
    ]);
    const gap = '0 — gap';
    expect(rowOf(themes, 'Leadership')).toEqual([
      gap,
      gap,
      '1 — thin',
      gap,
      gap,
      gap,
      gap,
      '3',
      gap,
      gap,
      '3',
      '1 — thin',
    ]);
    const questions = screen.getByRole('table', { name: /^Notes by scope question/ });
    expect(rowOf(questions, 'How well do carers get support?')).toEqual([
      gap,
      gap,
      '2 — thin',
      gap,
      gap,
      gap,
      gap,
      gap,
      gap,
      gap,
      '2 — thin',
      gap,
    ]);
  });

  it('lets the manager add a cell and a line of their own, reorder, tick and remove with undo, each saved to sync', async () => {
    const db = await coverageDb();
    await renderInEngagement(db, <CoveragePage />);
    const user = userEvent.setup();
    expect(await screen.findByText('Nothing on the list yet.')).toBeInTheDocument();
    const uncovered = screen.getByRole('list', { name: 'Gaps and thin cells not on the list' });
    await user.click(
      within(uncovered).getByRole('button', { name: 'Add to the list: Leadership · seen evidence (1 note)' }),
    );
    expect(await screen.findByRole('list', { name: 'Still to cover' })).toBeInTheDocument();
    expect(lineTexts()).toEqual(['Leadership · seen evidence (1 note)']);
    expect(
      within(screen.getByRole('list', { name: 'Gaps and thin cells not on the list' })).queryByRole('button', {
        name: 'Add to the list: Leadership · seen evidence (1 note)',
      }),
    ).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'A line in your own words' }), 'Ask to meet the carers forum');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await waitFor(() => expect(lineTexts()).toHaveLength(2));
    expect(screen.getByRole('textbox', { name: 'A line in your own words' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Move up: Ask to meet the carers forum' }));
    await waitFor(() =>
      expect(lineTexts()).toEqual(['Ask to meet the carers forum', 'Leadership · seen evidence (1 note)']),
    );

    await user.click(screen.getByRole('checkbox', { name: 'Done: Ask to meet the carers forum' }));
    await waitFor(async () =>
      expect(await savedTexts(db)).toEqual([
        ['Ask to meet the carers forum', true],
        ['', false],
      ]),
    );
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Done: Ask to meet the carers forum' })).toBeChecked(),
    );

    await user.click(screen.getByRole('button', { name: 'Remove: Leadership · seen evidence (1 note)' }));
    expect(await screen.findByText('Removed “Leadership · seen evidence (1 note)”.')).toBeInTheDocument();
    // The message comes with the save; the list follows when its live query reads again.
    await waitFor(() => expect(lineTexts()).toEqual(['Ask to meet the carers forum']));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(lineTexts()).toEqual(['Ask to meet the carers forum', 'Leadership · seen evidence (1 note)']),
    );
    // Every change is one outbox entry per line, waiting to reach every peer.
    const ids = (await listStillToCover(db, engagementId)).map((line) => line.id).sort();
    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => [entry.recordType, entry.recordId]).sort()).toEqual(
      ids.map((id) => ['stillToCover', id]),
    );
  });

  it('lets the manager give a gap line words: what to ask or whom to see', async () => {
    const db = await coverageDb();
    await renderInEngagement(db, <CoveragePage />);
    const user = userEvent.setup();
    const uncovered = await screen.findByRole('list', { name: 'Gaps and thin cells not on the list' });
    await user.click(
      within(uncovered).getByRole('button', { name: 'Add to the list: Leadership · seen evidence (1 note)' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Words for: Leadership · seen evidence (1 note)' }));
    const words = screen.getByRole('textbox', { name: /What to ask or whom to see/ });
    expect(words).toHaveFocus();
    await user.type(words, 'Visit the hub on Thursday');
    await user.click(screen.getByRole('button', { name: 'Save words' }));
    await waitFor(() =>
      expect(lineTexts()).toEqual(['Leadership · seen evidence (1 note): Visit the hub on Thursday']),
    );
    expect(await savedTexts(db)).toEqual([['Visit the hub on Thursday', false]]);
  });

  it('shows a peer the list read-only', async () => {
    const db = await coverageDb([textLine('a7a7a7a7-0000-4000-8000-000000000001', 0, 'See the carers forum')]);
    await renderInEngagement(db, <CoveragePage />, { role: 'peer' });
    expect(
      await within(await screen.findByRole('list', { name: 'Still to cover' })).findByText('See the carers forum'),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Notes by theme/ })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('Today: still to cover', () => {
  it('shows every peer the lines not yet done, in the manager’s order', async () => {
    const db = await coverageDb([
      textLine('a7a7a7a7-0000-4000-8000-000000000001', 2, 'Read the carers strategy'),
      textLine('a7a7a7a7-0000-4000-8000-000000000002', 1, 'See the carers forum'),
      textLine('a7a7a7a7-0000-4000-8000-000000000003', 0, 'Ask about the waiting list', true),
    ]);
    await renderInEngagement(db, <TodayPage now={() => new Date('2026-11-23T09:00:00Z')} />, { role: 'peer' });
    const list = await screen.findByRole('list', { name: 'Still to cover' });
    expect(screen.getByRole('heading', { name: 'Still to cover' })).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['See the carers forum', 'Read the carers strategy']);
  });

  it('shows a gap line with the manager’s words, without recounting the notes', async () => {
    const db = await coverageDb();
    await renderInEngagement(db, <CoveragePage />);
    const user = userEvent.setup();
    const uncovered = await screen.findByRole('list', { name: 'Gaps and thin cells not on the list' });
    await user.click(
      within(uncovered).getByRole('button', { name: 'Add to the list: Leadership · seen evidence (1 note)' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Words for: Leadership · seen evidence (1 note)' }));
    await user.type(screen.getByRole('textbox', { name: /What to ask or whom to see/ }), 'Visit the hub');
    await user.click(screen.getByRole('button', { name: 'Save words' }));
    await waitFor(async () => expect(await savedTexts(db)).toEqual([['Visit the hub', false]]));
    cleanup();
    await renderInEngagement(db, <TodayPage now={() => new Date('2026-11-23T09:00:00Z')} />, { role: 'peer' });
    const list = await screen.findByRole('list', { name: 'Still to cover' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(/^Leadership · seen evidence: Visit the hub$/);
  });

  it('shows nothing when the list is empty', async () => {
    const db = await coverageDb();
    await renderInEngagement(db, <TodayPage now={() => new Date('2026-11-23T09:00:00Z')} />, { role: 'peer' });
    expect(await screen.findByRole('list', { name: 'Today’s sessions' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Still to cover' })).not.toBeInTheDocument();
  });
});

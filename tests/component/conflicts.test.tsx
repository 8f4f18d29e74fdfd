// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictsPage } from '../../src/client/features/conflicts/ConflictsPage';
import type { TriangulateDb } from '../../src/client/store/db';
import type { Conflict } from '../../src/domain/records/conflict';
import type { Finding } from '../../src/domain/records/finding';
import type { Note } from '../../src/domain/records/note';
import { formatSessionTime } from '../../src/client/ui/formatTime';
import { engagementId, memberId, session } from '../unit/storeFixtures';
import { findings, themes } from './recommendationsFixtures';
import { engagementDb, peers, renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const [david, sian] = peers;
const at = '2026-12-01T18:40:00.000Z';
const headlineConflict: Conflict = {
  field: 'headline',
  value: 'Leaders share a vision, staff less so',
  memberId: david?.id ?? '',
  rev: 4,
  at,
};
const noteId = 'd4d4d4d4-0000-4000-8000-000000000001';
const note: Note = {
  id: noteId,
  engagementId,
  rev: 2,
  updatedAt: at,
  deleted: false,
  conflicts: [],
  sessionId: session.id,
  text: 'Staff said the new rota helps them plan visits',
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'strength',
  isQuote: false,
  authorId: memberId,
  createdAt: at,
  documentReference: '',
  photoIds: [],
};

async function conflictsDb(conflicted: Finding[] = [], notes: Note[] = [note]): Promise<TriangulateDb> {
  const db = await engagementDb([session]);
  await db.theme.bulkPut(Object.values(themes));
  await db.finding.bulkPut(Object.values(findings));
  await db.finding.bulkPut(conflicted);
  await db.note.bulkPut(notes);
  return db;
}

const visionWithConflict = { ...findings.vision, conflicts: [headlineConflict] };
const visionRegion = () => screen.findByRole('region', { name: `Finding: ${findings.vision.headline}` });

describe('Conflicts: the challenge manager', () => {
  it('says so when every edit merged cleanly', async () => {
    await renderInEngagement(await conflictsDb(), <ConflictsPage />);
    expect(await screen.findByText('No conflicts: every edit merged cleanly.')).toBeInTheDocument();
  });

  it('shows both values, who and when, and keeping the current one clears the conflict and syncs', async () => {
    const db = await conflictsDb([visionWithConflict]);
    await renderInEngagement(db, <ConflictsPage />);
    const user = userEvent.setup();
    const region = await visionRegion();
    const headline = within(region).getByRole('group', { name: 'Headline' });
    expect(within(headline).getByText(findings.vision.headline, { selector: 'span' })).toBeInTheDocument();
    expect(within(headline).getByText(headlineConflict.value as string)).toBeInTheDocument();
    expect(within(headline).getByText(/David Okafor/)).toBeInTheDocument();
    expect(within(headline).getByText(formatSessionTime(at))).toHaveAttribute('datetime', at);

    await user.click(within(headline).getByRole('button', { name: 'Keep the current headline' }));

    expect(await screen.findByText('No conflicts: every edit merged cleanly.')).toBeInTheDocument();
    const stored = await db.finding.get(findings.vision.id);
    expect(stored).toMatchObject({ headline: findings.vision.headline, conflicts: [] });
    expect(await db.outbox.toArray()).toMatchObject([
      { recordId: findings.vision.id, changes: {}, resolvedConflicts: [{ field: 'headline', rev: 4 }] },
    ]);
  });

  it('says who wrote the kept value and when, where the server recorded it', async () => {
    const keptAt = '2026-12-01T18:30:00.000Z';
    const withKept = { ...headlineConflict, keptMemberId: sian?.id ?? '', keptAt };
    await renderInEngagement(await conflictsDb([{ ...findings.vision, conflicts: [withKept] }]), <ConflictsPage />);
    const headline = within(await visionRegion()).getByRole('group', { name: 'Headline' });
    const kept = within(headline).getByText('Kept:').closest('p');
    expect(kept).toHaveTextContent(`Kept: ${findings.vision.headline} — Sian Morgan, ${formatSessionTime(keptAt)}`);
    expect(
      within(headline)
        .getByText(/Set aside:/)
        .closest('p'),
    ).toHaveTextContent(/David Okafor/);
  });

  it('takes the other value', async () => {
    const db = await conflictsDb([visionWithConflict]);
    await renderInEngagement(db, <ConflictsPage />);
    const user = userEvent.setup();
    const region = await visionRegion();
    await user.click(within(region).getByRole('button', { name: 'Take this value' }));

    expect(await screen.findByText('No conflicts: every edit merged cleanly.')).toBeInTheDocument();
    expect(await db.finding.get(findings.vision.id)).toMatchObject({
      headline: headlineConflict.value,
      conflicts: [],
    });
    expect(await db.outbox.toArray()).toMatchObject([
      { changes: { headline: headlineConflict.value }, resolvedConflicts: [{ field: 'headline', rev: 4 }] },
    ]);
  });

  it('saves a merged text written by the manager', async () => {
    const textConflict: Conflict = { ...headlineConflict, field: 'text', value: 'Staff said the rota helps' };
    const db = await conflictsDb([], [{ ...note, conflicts: [textConflict] }]);
    await renderInEngagement(db, <ConflictsPage />);
    const user = userEvent.setup();
    const region = await screen.findByRole('region', {
      name: `Note in ${session.title}: “${note.text}”`,
    });
    const merged = within(region).getByRole('textbox', { name: 'Merged text' });
    expect(merged).toHaveValue(note.text);
    await user.clear(merged);
    await user.type(merged, 'Staff said the new rota helps, most of the time');
    await user.click(within(region).getByRole('button', { name: 'Save the merged text' }));

    expect(await screen.findByText('No conflicts: every edit merged cleanly.')).toBeInTheDocument();
    expect(await db.note.get(noteId)).toMatchObject({
      text: 'Staff said the new rota helps, most of the time',
      conflicts: [],
    });
    expect(await db.outbox.toArray()).toMatchObject([{ resolvedConflicts: [{ field: 'text', rev: 4 }] }]);
  });

  it('applies a set-aside change to a set, naming what it adds', async () => {
    const setConflict: Conflict = { ...headlineConflict, field: 'noteIds', value: { add: [noteId], remove: [] } };
    const db = await conflictsDb([{ ...findings.vision, conflicts: [setConflict] }]);
    await renderInEngagement(db, <ConflictsPage />);
    const user = userEvent.setup();
    const region = await visionRegion();
    const group = within(region).getByRole('group', { name: 'Notes evidencing it' });
    expect(within(group).getByText(/^adds Note in Focus group with front-line staff/)).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Apply this change' }));

    await waitFor(async () =>
      expect(await db.finding.get(findings.vision.id)).toMatchObject({ noteIds: [noteId], conflicts: [] }),
    );
    expect(await db.outbox.toArray()).toMatchObject([
      { setChanges: { noteIds: { add: [noteId], remove: [] } }, resolvedConflicts: [{ field: 'noteIds', rev: 4 }] },
    ]);
  });
});

describe('Conflicts: a peer', () => {
  it('reads the list, with no way to settle', async () => {
    const db = await conflictsDb([visionWithConflict]);
    await renderInEngagement(db, <ConflictsPage />, { role: 'peer' });
    const region = await visionRegion();
    expect(within(region).getByText(headlineConflict.value as string)).toBeInTheDocument();
    expect(screen.getByText(/The challenge manager settles each one/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('Conflicts: axe in jsdom', () => {
  it.each(['manager', 'peer'] as const)('finds no WCAG A/AA violation in the %s’s screen', async (role) => {
    const setConflict: Conflict = {
      ...headlineConflict,
      rev: 5,
      field: 'noteIds',
      value: { add: [noteId], remove: [] },
    };
    const db = await conflictsDb([{ ...findings.vision, conflicts: [headlineConflict, setConflict] }]);
    const { container } = await renderInEngagement(db, <ConflictsPage />, { role });
    await visionRegion();
    // Colour contrast needs a real browser's layout.
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

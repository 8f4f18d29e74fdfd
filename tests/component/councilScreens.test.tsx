// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewTeamAuthorId } from '../../src/domain/records/accuracyComment';
import { engagementId, memberId } from '../unit/storeFixtures';
import { comment, councilDb, letter, presentation, renderEngagementAt, teamPaths } from './councilFixtures';

configure({ asyncUtilTimeout: 10_000 });
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('a council device', () => {
  it('with nothing published says so, and offers none of the team’s screens', async () => {
    const db = await councilDb('council');
    renderEngagementAt(db, '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared with you' })).toBeInTheDocument();
    expect(await screen.findByText(/^Nothing has been shared with you yet/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Engagement' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Council' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Shared with you']);
    for (const team of ['Today', 'Timetable', 'Setup', 'Team', 'Settings', 'Search', 'Evening']) {
      expect(screen.queryByRole('link', { name: team })).not.toBeInTheDocument();
    }
  });

  it('names the council and the days on site once its engagement has arrived, with none of the team’s roles to check', async () => {
    const db = await councilDb('council');
    renderEngagementAt(db, '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared with you' })).toBeInTheDocument();
    // Before the first pull brings the engagement: the app's name alone.
    expect(screen.getByRole('link', { name: 'Triangulate' })).toHaveAttribute('href', `/engagements/${engagementId}`);
    await db.engagement.put({
      id: engagementId,
      engagementId,
      rev: 1,
      updatedAt: '2026-11-20T09:00:00.000Z',
      deleted: false,
      conflicts: [],
      council: 'Borsetshire County Council',
      title: 'Adult social care peer challenge',
      onSiteFrom: '2026-12-01',
      onSiteTo: '2026-12-04',
      rolesToCheck: [],
    });
    expect(await screen.findByRole('link', { name: 'Borsetshire County Council' })).toHaveAttribute(
      'href',
      `/engagements/${engagementId}`,
    );
    expect(
      screen.getByText('Borsetshire County Council: Adult social care peer challenge, on site 1 to 4 December 2026'),
    ).toBeInTheDocument();
  });

  it.each(teamPaths)('typed at the team’s address "%s" shows no team screen', async (team) => {
    const db = await councilDb('council', [letter]);
    renderEngagementAt(db, `/${team}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not for the council' })).toBeInTheDocument();
    expect(screen.queryByText(/^Team screen/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Council comments' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See what has been shared with you' })).toHaveAttribute(
      'href',
      `/engagements/${engagementId}`,
    );
  });

  it('lists what was published, newest first, and a withdrawn one disappears', async () => {
    const db = await councilDb('council', [presentation, letter]);
    renderEngagementAt(db, '');
    const list = await screen.findByRole('list');
    await within(list).findByRole('link', { name: letter.title });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `${letter.title} Summary letter 2, published 18 December 2026`,
      `${presentation.title} Presentation 1, published 26 November 2026`,
    ]);
    await db.publishedSnapshot.update(letter.id, { deleted: true });
    expect(await screen.findByRole('link', { name: presentation.title })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: letter.title })).not.toBeInTheDocument());
  });

  it('reads the letter with its paragraphs numbered and comments on a paragraph', async () => {
    const db = await councilDb('council', [letter]);
    renderEngagementAt(db, '');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: letter.title }));
    expect(await screen.findByRole('heading', { level: 1, name: letter.title })).toBeInTheDocument();
    const strengths = screen.getByRole('region', { name: 'Working together: strengths' });
    expect(within(strengths).getByText(/Partners praise/).textContent).toBe(
      '1. Partners praise the daily discharge call.',
    );
    expect(within(strengths).getByText(/Reablement keeps/).textContent).toMatch(/^2\. /);
    // The introduction is not numbered; the recommendations carry on from 2.
    expect(screen.getByText(/The team was on site/).textContent).toBe('The team was on site for four days.');
    expect(within(screen.getByRole('region', { name: 'Recommendations' })).getByText('3.')).toBeInTheDocument();

    await user.click(within(strengths).getByRole('button', { name: 'Comment on paragraph 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Your comment on paragraph 2' }), 'It is 79%, not 81%.');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    const comments = await within(strengths).findByRole('list', { name: 'Comments on paragraph 2' });
    expect(within(comments).getByText('You')).toBeInTheDocument();
    expect(within(comments).getByText('It is 79%, not 81%.')).toBeInTheDocument();
    const [saved] = await db.accuracyComment.toArray();
    expect(saved).toMatchObject({
      snapshotId: letter.id,
      sectionIndex: 1,
      blockIndex: 1,
      status: 'open',
      answer: '',
      text: 'It is 79%, not 81%.',
      authorId: memberId,
    });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ recordType: 'accuracyComment', recordId: saved?.id, op: 'upsert' });
  });

  it('comments on a whole section with no paragraph', async () => {
    const db = await councilDb('council', [letter]);
    renderEngagementAt(db, `/shared/${letter.id}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Comment on the section “Introduction”' }));
    await user.type(screen.getByRole('textbox', { name: 'Your comment on the section “Introduction”' }), 'Five days.');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    await screen.findByRole('list', { name: 'Comments on the section “Introduction”' });
    expect(await db.accuracyComment.toArray()).toMatchObject([{ sectionIndex: 0, blockIndex: null }]);
  });

  it('shows the team’s answers and comments as from the review team, never a name', async () => {
    const mine = comment('e5e5e5e5-0000-4000-8000-000000000001', {
      authorId: memberId,
      status: 'answered',
      answer: 'Thank you: corrected in the final letter.',
    });
    const team = comment('e5e5e5e5-0000-4000-8000-000000000002', {
      authorId: reviewTeamAuthorId,
      text: 'The figure is from the council’s own report.',
      createdAt: '2026-12-19T10:00:00.000Z',
    });
    const db = await councilDb('council', [letter], [mine, team]);
    renderEngagementAt(db, `/shared/${letter.id}`);
    const comments = await screen.findByRole('list', { name: 'Comments on paragraph 2' });
    const [first, second] = within(comments).getAllByRole('listitem');
    expect(first).toHaveTextContent('You · Answered');
    expect(first).toHaveTextContent('The review team answered: Thank you: corrected in the final letter.');
    expect(second).toHaveTextContent('The review team · Open');
    expect(document.body).not.toHaveTextContent('Priya Shah');
  });

  it('says a withdrawn snapshot is no longer shared', async () => {
    const db = await councilDb('council', [{ ...letter, deleted: true }]);
    renderEngagementAt(db, `/shared/${letter.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'No longer shared' })).toBeInTheDocument();
    expect(screen.queryByText(/Partners praise/)).not.toBeInTheDocument();
  });
});

describe('a team device at a snapshot’s address', () => {
  it('lets a peer read the letter and its comments, the team’s as the review team’s, without commenting', async () => {
    const db = await councilDb(
      'peer',
      [letter],
      [comment('e5e5e5e5-0000-4000-8000-000000000003', { authorId: memberId })],
    );
    renderEngagementAt(db, `/shared/${letter.id}`);
    const comments = await screen.findByRole('list', { name: 'Comments on paragraph 2' });
    expect(within(comments).getByRole('listitem')).toHaveTextContent('You · Open');
    expect(screen.getByText(/Partners praise/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Comment on/ })).not.toBeInTheDocument();
  });

  it('shows another team member’s comment as the review team’s and lets the manager comment', async () => {
    const teammate = 'f6f6f6f6-0000-4000-8000-000000000001';
    const db = await councilDb(
      'manager',
      [letter],
      [comment('e5e5e5e5-0000-4000-8000-000000000004', { authorId: teammate })],
    );
    const me = await db.member.get(memberId);
    if (!me) throw new Error('no member');
    await db.member.put({ ...me, id: teammate, displayName: 'Sam Jones' });
    renderEngagementAt(db, `/shared/${letter.id}`);
    const comments = await screen.findByRole('list', { name: 'Comments on paragraph 2' });
    expect(within(comments).getByRole('listitem')).toHaveTextContent('The review team · Open');
    expect(screen.getByRole('button', { name: 'Comment on paragraph 2' })).toBeInTheDocument();
  });
});

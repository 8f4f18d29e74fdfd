// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { memberId } from '../unit/storeFixtures';
import { comment, councilDb, letter, presentation, renderEngagementAt } from './councilFixtures';

configure({ asyncUtilTimeout: 10_000 });
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const onParagraph = comment('e5e5e5e5-0000-4000-8000-000000000001');
const onSection = comment('e5e5e5e5-0000-4000-8000-000000000002', {
  sectionIndex: 0,
  blockIndex: null,
  text: 'The team was on site for five days.',
  createdAt: '2026-12-19T11:00:00.000Z',
});

async function axeViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(' | ')}`);
}

describe('Council comments, for the team', () => {
  it('is on the evening hub', async () => {
    const db = await councilDb('manager', [letter]);
    renderEngagementAt(db, '/evening');
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Council comments' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Council comments' })).toBeInTheDocument();
  });

  it('shows each snapshot’s comments with where they point; the manager answers, then closes', async () => {
    const db = await councilDb('manager', [letter, presentation], [onSection, onParagraph]);
    const { container } = renderEngagementAt(db, '/evening/council-comments');
    const user = userEvent.setup();
    const letterPart = await screen.findByRole('region', { name: letter.title });
    expect(within(screen.getByRole('region', { name: presentation.title })).getByText(/^No comments/)).toBeVisible();
    const first = within(letterPart).getByRole('article', { name: 'Comment 1, on paragraph 2' });
    expect(first).toHaveTextContent('From the council · Open');
    expect(first).toHaveTextContent('It is 79%, not 81%.');
    expect(within(letterPart).getByRole('article', { name: 'Comment 2, on the section “Introduction”' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(within(first).getByRole('textbox', { name: 'Answer to comment 1' }), 'Thank you: corrected.');
    await user.click(within(first).getByRole('button', { name: 'Send answer' }));
    expect(await within(first).findByText('From the council · Answered')).toBeInTheDocument();
    expect(await db.accuracyComment.get(onParagraph.id)).toMatchObject({
      answer: 'Thank you: corrected.',
      status: 'answered',
      text: onParagraph.text,
    });

    await user.click(within(first).getByRole('button', { name: 'Close comment' }));
    expect(await within(first).findByText('From the council · Closed')).toBeInTheDocument();
    expect(within(first).queryByRole('textbox')).not.toBeInTheDocument();
    expect(first).toHaveTextContent('Answer: Thank you: corrected.');
    expect((await db.accuracyComment.get(onParagraph.id))?.status).toBe('closed');
    // Only this comment waits to be sent: one entry, or two when the shell's sync took the
    // answer's for a push before the close was saved (a taken entry is never folded into).
    const waiting = await db.outbox.toArray();
    expect(new Set(waiting.map((entry) => entry.recordId))).toEqual(new Set([onParagraph.id]));
  });

  it('marks the team’s own comments as the review team’s', async () => {
    const db = await councilDb('manager', [letter], [comment(onParagraph.id, { authorId: memberId })]);
    renderEngagementAt(db, '/evening/council-comments');
    const article = await screen.findByRole('article', { name: 'Comment 1, on paragraph 2' });
    expect(article).toHaveTextContent('From the review team');
  });

  it('lets a peer read but not answer', async () => {
    const answered = comment(onParagraph.id, { status: 'answered', answer: 'Corrected.' });
    const db = await councilDb('peer', [letter], [answered]);
    renderEngagementAt(db, '/evening/council-comments');
    const article = await screen.findByRole('article', { name: 'Comment 1, on paragraph 2' });
    expect(article).toHaveTextContent('Answer: Corrected.');
    expect(within(article).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when nothing is published', async () => {
    const db = await councilDb('manager');
    renderEngagementAt(db, '/evening/council-comments');
    expect(await screen.findByText(/^Nothing is published to the council/)).toBeInTheDocument();
  });
});

describe('the council’s screens: axe in jsdom', () => {
  it('finds nothing wrong in the list, the letter with a comment box open, and the refusal', async () => {
    const db = await councilDb('council', [letter, presentation], [comment(onParagraph.id, { answer: 'Yes.' })]);
    const list = renderEngagementAt(db, '');
    await screen.findByRole('link', { name: letter.title });
    expect(await axeViolations(list.container)).toEqual([]);
    cleanup();
    const reading = renderEngagementAt(db, `/shared/${letter.id}`);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Comment on paragraph 1' }));
    expect(await axeViolations(reading.container)).toEqual([]);
    cleanup();
    const refusal = renderEngagementAt(db, '/today');
    await screen.findByRole('heading', { name: 'Not for the council' });
    expect(await axeViolations(refusal.container)).toEqual([]);
  });
});

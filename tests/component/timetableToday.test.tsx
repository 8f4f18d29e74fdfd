// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TodayPage } from '../../src/client/features/timetable/TodayPage';
import { engagementDb, renderInEngagement, sessionAt } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

/** Local wall-clock times on one day, as the tablet sees them. */
const local = (time: string, day = '2026-11-23') => new Date(`${day}T${time}:00`).toISOString();
const sessions = [
  sessionAt('0a000000-0000-4000-8000-000000000001', 'Reading the self-assessment', local('09:00'), local('10:30')),
  sessionAt('0a000000-0000-4000-8000-000000000002', 'Interview: Director', local('11:00'), local('12:00')),
  sessionAt(
    '0a000000-0000-4000-8000-000000000003',
    'Visit: reablement service',
    local('09:30', '2026-11-24'),
    local('11:00', '2026-11-24'),
  ),
];

async function renderAt(time: string) {
  const db = await engagementDb(sessions);
  await renderInEngagement(db, <TodayPage now={() => new Date(time)} />);
  await screen.findByRole('heading', { name: 'Today' });
}

async function renderTodayAt(time: string) {
  await renderAt(time);
  return screen.findByRole('list', { name: 'Today’s sessions' });
}

describe('TodayPage', () => {
  it('lists today’s sessions and opens on the one running now', async () => {
    const list = await renderTodayAt('2026-11-23T11:10:00');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Reading the self-assessment', 'Interview: Director']);
    const current = within(list)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('aria-current') === 'true');
    expect(current).toHaveTextContent(/^Now: Interview: Director/);
  });

  it('opens on the next session between sessions', async () => {
    const list = await renderTodayAt('2026-11-23T10:40:00');
    expect(within(list).getByText('Next:').closest('li')).toHaveTextContent('Interview: Director');
  });

  it('shows tomorrow’s first session as next once today is over', async () => {
    await renderAt('2026-11-23T18:00:00');
    expect(await screen.findByText('Next:')).toBeInTheDocument();
    expect(screen.getByText('Next:').closest('p')).toHaveTextContent('Visit: reablement service');
  });

  it('falls back to the last session after the engagement', async () => {
    await renderAt('2026-11-30T09:00:00');
    expect(await screen.findByText('No sessions today.')).toBeInTheDocument();
    expect(screen.getByText('Last session:').closest('p')).toHaveTextContent('Visit: reablement service');
  });
});

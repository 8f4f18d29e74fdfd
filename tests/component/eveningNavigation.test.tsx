// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { EngagementShell } from '../../src/client/app/EngagementShell';
import { EveningHub } from '../../src/client/app/EveningHub';
import { EveningPage } from '../../src/client/features/evening/EveningPage';
import { RecommendationsPage } from '../../src/client/features/recommendations/RecommendationsPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import type { TriangulateDb } from '../../src/client/store/db';
import { boardEvidenceRead, boardFindingsRead } from '../../src/client/store/themeBoardReads';
import type { MemberRole } from '../../src/domain/records/member';
import { engagementId } from '../unit/storeFixtures';
import { services } from './captureFixtures';
import { findings, recommendationsDb, themes } from './recommendationsFixtures';

configure({ asyncUtilTimeout: 10_000 });
afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function renderAs(db: TriangulateDb, role: MemberRole, evening = <EveningPage />) {
  await db.deviceIdentity.update(engagementId, { role });
  return render(
    <AppServicesContext.Provider value={services(db)}>
      <MemoryRouter initialEntries={[`/engagements/${engagementId}/evening`]}>
        <Routes>
          <Route path="/engagements/:engagementId" element={<EngagementShell />}>
            <Route path="evening" element={evening} />
            <Route path="evening/recommendations" element={<RecommendationsPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
}

describe('the Evening entry', () => {
  it.each(['manager', 'peer'] as const)('takes the %s from the navigation to the recommendations', async (role) => {
    const db = await recommendationsDb();
    await renderAs(db, role);
    const user = userEvent.setup();
    const nav = await screen.findByRole('navigation', { name: 'Engagement' });
    expect(within(nav).getByRole('link', { name: 'Evening' })).toHaveAttribute(
      'href',
      `/engagements/${engagementId}/evening`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Evening' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Recommendations' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Recommendations' })).toBeInTheDocument();
    expect(await screen.findByText(/^No recommendations yet/)).toBeInTheDocument();
  });

  it('is not offered to the council, and the screens show it nothing', async () => {
    const db = await recommendationsDb();
    await renderAs(db, 'council');
    // The council has a frame of its own: the team's navigation and screens are not in it.
    expect(await screen.findByRole('heading', { level: 1, name: 'Not for the council' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Engagement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Evening' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Recommendations' })).not.toBeInTheDocument();
  });

  it('begins the findings board’s reads for the team as it shows, so the board opens without waiting for them', async () => {
    const db = await recommendationsDb();
    await renderAs(db, 'manager', <EveningHub />);
    expect(await screen.findByRole('link', { name: 'Findings board' })).toBeInTheDocument();
    // The board opened from here shows the first theme: its notes and the findings are read.
    await waitFor(() => expect(boardEvidenceRead(db, engagementId, themes.leadership.id).latest()).toBeDefined());
    expect(boardFindingsRead(db, engagementId).latest()).toEqual({
      value: expect.arrayContaining([expect.objectContaining({ id: findings.vision.id })]),
    });
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { HomePage } from '../../src/client/features/home/HomePage';
import { EngagementHomePage } from '../../src/client/features/timetable/EngagementHomePage';
import { AppServicesContext } from '../../src/client/services/appServices';
import type { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { services } from './captureFixtures';
import { engagementDb, renderInEngagement } from './setupHarness';

afterEach(cleanup);

const otherEngagementId = '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b';
const now = () => new Date('2026-12-01T09:00:00Z');

/** The app's start page at `path`, with the engagement's own address as a marker. */
function openAt(db: TriangulateDb, path: string) {
  return render(
    <AppServicesContext.Provider value={services(db)}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/" element={<HomePage now={now} />} />
          <Route path="/engagements" element={<HomePage now={now} />} />
          <Route path="/engagements/:engagementId" element={<h1>The engagement itself</h1>} />
        </Routes>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
}

/** The fixture device, also joined to a second engagement (not yet pulled) as a peer. */
async function inTwoEngagements(): Promise<TriangulateDb> {
  const db = await engagementDb();
  await saveJoin(
    db,
    {
      deviceToken: 'token-token-token-token-other',
      deviceId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
      engagementId: otherEngagementId,
      memberId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
      role: 'peer',
      displayName: 'Priya Shah',
    },
    true,
  );
  return db;
}

describe('the start page (where the installed app opens)', () => {
  it('opens the engagement itself when the device is in one', async () => {
    openAt(await engagementDb(), '/');
    expect(await screen.findByRole('heading', { name: 'The engagement itself' })).toBeInTheDocument();
  });

  it('lists several engagements with their council and days on site, in UK style', async () => {
    openAt(await inTwoEngagements(), '/');
    const list = await screen.findByRole('navigation', { name: 'Your engagements' });
    expect(
      within(list).getByRole('link', {
        name: 'Borsetshire County Council: Adult social care peer challenge on site 23 to 26 November 2026, as Priya Shah',
      }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Engagement joined as Priya Shah' })).toBeInTheDocument();
  });

  it('keeps the list at /engagements, with the way to join another', async () => {
    openAt(await engagementDb(), '/engagements');
    expect(await screen.findByRole('navigation', { name: 'Your engagements' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join with a link' })).toHaveAttribute('href', '/join');
  });
});

describe('the engagement home', () => {
  it('says the council and the days on site in UK style', async () => {
    await renderInEngagement(await engagementDb(), <EngagementHomePage now={now} />);
    expect(await screen.findByText('Borsetshire County Council, on site 23 to 26 November 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Other engagements on this device' })).toHaveAttribute(
      'href',
      '/engagements',
    );
  });
});

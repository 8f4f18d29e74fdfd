// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStart, startIsOver } from '../../src/client/services/afterStart';
import { useLiveQueryAfterStart } from '../../src/client/services/useLiveQueryAfterStart';
import type { TriangulateDb } from '../../src/client/store/db';
import { joinedDb, session } from '../unit/storeFixtures';
import { renderWithServices, seedEngagement } from './captureFixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function SessionTitle({ db, hold }: { db: TriangulateDb; hold?: boolean }) {
  const stored = useLiveQueryAfterStart(() => db.session.get(session.id), [db], 'remembered', hold);
  return <p>{typeof stored === 'string' ? stored : (stored?.title ?? 'none')}</p>;
}

describe('useLiveQueryAfterStart', () => {
  it('draws what it was given until the start is over, then reads live', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    renderWithServices(db, <SessionTitle db={db} />);
    expect(screen.getByText('remembered')).toBeTruthy();
    await afterStart(db);
    expect(await screen.findByText(session.title)).toBeTruthy();
    // Live from then on.
    await db.session.update(session.id, { title: 'Panel with partners' });
    expect(await screen.findByText('Panel with partners')).toBeTruthy();
  });

  it('reads at once when told not to hold (nothing to draw with meanwhile), while others wait', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    // An idle moment that never comes: the start is not over for the whole test.
    vi.stubGlobal('requestIdleCallback', () => 0);
    renderWithServices(
      db,
      <>
        <SessionTitle db={db} hold={false} />
        <SessionTitle db={db} />
      </>,
    );
    expect(await screen.findByText(session.title)).toBeTruthy();
    expect(screen.getByText('remembered')).toBeTruthy();
    expect(startIsOver(db)).toBe(false);
  });
});

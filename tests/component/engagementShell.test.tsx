// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppServicesContext } from '../../src/client/services/appServices';
import { useEngagementContext } from '../../src/client/services/engagementContext';
import { EngagementShell } from '../../src/client/app/EngagementShell';
import { TriangulateDb } from '../../src/client/store/db';
import { forgetMember, readRememberedMember, rememberMember } from '../../src/client/store/rememberedMember';
import { engagementId, joinedDb, memberId } from '../unit/storeFixtures';
import { services } from './captureFixtures';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function WhoAmI() {
  const { identity } = useEngagementContext();
  return <p>Signed in as {identity.displayName}</p>;
}

function renderShell(db: TriangulateDb) {
  return render(
    <AppServicesContext.Provider value={services(db)}>
      <MemoryRouter initialEntries={[`/engagements/${engagementId}/who`]}>
        <Routes>
          <Route path="/engagements/:engagementId" element={<EngagementShell />}>
            <Route path="who" element={<WhoAmI />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
}

const remembered = {
  engagementId,
  memberId,
  role: 'peer' as const,
  displayName: 'Remembered name',
  storagePersisted: true,
};

describe('the engagement shell at start', () => {
  it('draws the first screen from the remembered member at once, then from IndexedDB, and remembers it', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    rememberMember(remembered);
    renderShell(db);
    // Synchronously, before any database answer.
    expect(screen.getByText('Signed in as Remembered name')).toBeInTheDocument();
    expect(await screen.findByText(`Signed in as ${identity?.displayName}`)).toBeInTheDocument();
    // Remembered in an effect after that render: wait for it.
    await waitFor(() => expect(readRememberedMember(engagementId)?.displayName).toBe(identity?.displayName));
    expect(JSON.stringify(localStorage)).not.toContain(identity?.deviceToken);
  });

  it('believes IndexedDB over the copy: not joined here means not joined, and the copy goes', async () => {
    const db = new TriangulateDb(`empty-${crypto.randomUUID()}`);
    rememberMember(remembered);
    renderShell(db);
    expect(await screen.findByRole('heading', { name: 'Not joined on this device' })).toBeInTheDocument();
    await waitFor(() => expect(readRememberedMember(engagementId)).toBeUndefined());
  });

  it('says "Opening…" with nothing remembered until IndexedDB answers', async () => {
    const db = await joinedDb();
    renderShell(db);
    expect(screen.getByRole('status')).toHaveTextContent('Opening…');
    expect(await screen.findByText(/^Signed in as /)).toBeInTheDocument();
  });
});

describe('the remembered member', () => {
  it('ignores a copy that is not one, or is another engagement’s, and survives a refusing storage', () => {
    localStorage.setItem(`triangulate:member:${engagementId}`, '{"engagementId":');
    expect(readRememberedMember(engagementId)).toBeUndefined();
    localStorage.setItem(
      `triangulate:member:${engagementId}`,
      JSON.stringify({ ...remembered, engagementId: 'other' }),
    );
    expect(readRememberedMember(engagementId)).toBeUndefined();
    localStorage.setItem(`triangulate:member:${engagementId}`, JSON.stringify({ ...remembered, role: 'mayor' }));
    expect(readRememberedMember(engagementId)).toBeUndefined();

    const refusing: Storage = {
      length: 0,
      clear: () => undefined,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readRememberedMember(engagementId, refusing)).toBeUndefined();
    expect(() => rememberMember(remembered, refusing)).not.toThrow();
    expect(() => forgetMember(engagementId, refusing)).not.toThrow();
  });
});

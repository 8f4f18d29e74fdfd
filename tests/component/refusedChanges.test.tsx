// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RefusedChanges } from '../../src/client/app/RefusedChanges';
import { engagementId, joinedDb } from '../unit/storeFixtures';
import { renderInEngagement } from './settingsSupport';

describe('changes the server refused', () => {
  it('are listed with the reason and what was written until dismissed, one by one', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const refusal = (seq: number, recordType: 'note' | 'finding', text: string) => ({
      engagementId,
      seq,
      mutation: {
        seq,
        recordType,
        recordId: crypto.randomUUID(),
        op: 'upsert' as const,
        changes: { text, headline: text },
        setChanges: {},
        baseRevs: { text: 3 },
        editedAt: '2026-12-01T18:00:00.000Z',
        resolvedConflicts: [],
      },
      refusal: { code: 'forbidden' as const, message: 'Only the challenge manager may do that.', field: 'mutations.0' },
      refusedAt: '2026-12-01T18:00:05.000Z',
    });
    await db.refusedEdit.bulkPut([
      refusal(4, 'note', 'Carers wait weeks for an assessment'),
      refusal(7, 'finding', 'Front door works'),
    ]);

    renderInEngagement(db, identity, <RefusedChanges engagementId={engagementId} />);

    const list = await screen.findByRole('status');
    expect(screen.getByRole('heading', { name: '2 changes were not saved on the server' })).toBeTruthy();
    expect(list.textContent).toContain(
      'A change to a note was refused by the server: Only the challenge manager may do that.',
    );
    expect(list.textContent).toContain('Carers wait weeks for an assessment');
    expect(list.textContent).toContain('A change to a finding was refused');

    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    await screen.findByRole('heading', { name: '1 change was not saved on the server' });
    expect(await db.refusedEdit.count()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveDraftText } from '../../src/client/store/outputDraftRepository';
import { listSnapshots, publishSnapshot, withdrawSnapshot } from '../../src/client/store/publishedSnapshotRepository';
import type { OutputDocument } from '../../src/domain/outputs/outputDocument';
import { engagementId, joinedDb } from './storeFixtures';

const output = (kind: OutputDocument['kind']): OutputDocument => ({
  kind,
  title: 'Adult social care peer challenge',
  body: { sections: [{ heading: 'Summary', blocks: [{ kind: 'paragraph', text: 'A strong service.' }] }] },
});

describe('the outputs’ store', () => {
  it('keeps one draft per kind: the first edit makes it with every text, later ones change one field', async () => {
    const db = await joinedDb();
    await saveDraftText(db, engagementId, 'presentation', 'summary', 'First words');
    await saveDraftText(db, engagementId, 'presentation', 'nextSteps', 'Then this');
    await saveDraftText(db, engagementId, 'summary letter', 'contacts', 'The adviser');
    const drafts = await db.outputDraft.toArray();
    expect(drafts).toHaveLength(2);
    expect(drafts.find((draft) => draft.kind === 'presentation')).toMatchObject({
      introduction: '',
      summary: 'First words',
      nextSteps: 'Then this',
      contacts: '',
    });
    // Each edit goes to the server: the two presentation edits fold into one waiting entry.
    expect(await db.outbox.count()).toBe(2);
  });

  it('numbers snapshots per kind, one more than the highest, withdrawn ones included', async () => {
    const db = await joinedDb();
    const first = await publishSnapshot(db, engagementId, output('presentation'), []);
    await withdrawSnapshot(db, engagementId, first.id);
    const second = await publishSnapshot(db, engagementId, output('presentation'), []);
    const letter = await publishSnapshot(db, engagementId, output('summary letter'), []);
    expect([first.number, second.number, letter.number]).toEqual([1, 2, 1]);
    const listed = await listSnapshots(db, engagementId);
    expect(listed.find((one) => one.id === first.id)?.deleted).toBe(true);
    expect(second.body).toEqual(output('presentation').body);
  });

  it('keeps the acceptances a publication relies on in the snapshot and sends them with it', async () => {
    const db = await joinedDb();
    const relied = {
      id: '00000000-0000-4000-8000-0000000000a1',
      recordType: 'finding' as const,
      recordId: '00000000-0000-4000-8000-0000000000f1',
      field: 'headline',
      span: 'the Leader',
      reason: 'The role is held jointly',
      acceptedById: '00000000-0000-4000-8000-0000000000d1',
      acceptedAt: '2026-12-04T12:00:00.000Z',
    };
    const published = await publishSnapshot(db, engagementId, output('presentation'), [relied]);
    expect((await db.publishedSnapshot.get(published.id))?.acceptances).toEqual([relied]);
    const [sent] = await db.outbox.toArray();
    expect(sent?.changes.acceptances).toEqual([relied]);
  });
});

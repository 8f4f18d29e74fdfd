import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngagement } from '../../src/server/admin/createEngagement';
import { openStorage } from '../../src/server/storage/openStorage';
import { rawQuery } from '../support/rawQuery';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';

// Migration 8 on both databases (its SQL is the same in each): an engagement record stored
// before the council could read it has no council number, so no council device would pull it.
let dataDir: string;
let target: TestStorageConfig;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-council-engagement-'));
  target = await testStorageConfig(dataDir);
});
afterEach(async () => {
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const options = { publicUrl: 'http://localhost', now: new Date('2026-11-20T09:00:00.000Z') };
const engagement = (council: string) => ({
  council,
  title: 'Adult social care peer challenge',
  from: '2026-12-01',
  to: '2026-12-04',
  manager: 'Mo Khan',
});

const councilRows = async (engagementId: string) =>
  (
    await rawQuery(
      target,
      `SELECT record_type, council_rev FROM records WHERE engagement_id = '${engagementId}' AND council_rev IS NOT NULL`,
    )
  ).map((row) => [row.record_type, Number(row.council_rev)]);
const councilCounter = async (engagementId: string) =>
  Number(
    (
      await rawQuery(target, `SELECT council_counter FROM engagement_counters WHERE engagement_id = '${engagementId}'`)
    )[0]?.council_counter,
  );

describe('migration 8: the council reads its engagement', () => {
  it('numbers an engagement stored before under its council counter, and leaves one numbered already', async () => {
    let storage = await openStorage(target.config);
    const before = await createEngagement(storage, engagement('Borsetshire County Council'), options);
    const after = await createEngagement(storage, engagement('Felpersham City Council'), options);
    await storage.close();
    // As a server before migration 8 left them: no council number on the engagement record;
    // the council counter already at 1 (say, a published snapshot took it).
    await rawQuery(
      target,
      `UPDATE records SET council_rev = NULL WHERE record_type = 'engagement' AND engagement_id = '${before.engagementId}'`,
    );
    // And the migrations after 8 not yet run either (9 made a function on PostgreSQL, 10 replaced one).
    await rawQuery(target, 'DELETE FROM schema_migrations WHERE version >= 8');
    if (target.kind === 'postgres') await rawQuery(target, 'DROP FUNCTION triangulate_read_changes');
    expect(await councilRows(before.engagementId)).toEqual([]);
    expect(await councilCounter(before.engagementId)).toBe(1);

    storage = await openStorage(target.config);
    const councilChanges = await storage.read((tx) => tx.listCouncilChanges(before.engagementId, 0, 10));
    await storage.close();
    expect(councilChanges.map((row) => [row.recordType, row.councilRev])).toEqual([['engagement', 2]]);
    expect(await councilCounter(before.engagementId)).toBe(2);
    // A record numbered when it was made keeps its number.
    expect(await councilRows(after.engagementId)).toEqual([['engagement', 1]]);
    expect(await councilCounter(after.engagementId)).toBe(1);
  });
});

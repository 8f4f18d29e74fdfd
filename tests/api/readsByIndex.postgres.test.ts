import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngagement } from '../../src/server/admin/createEngagement';
import { openStorage } from '../../src/server/storage/openStorage';
import { readChangesQuery } from '../../src/server/storage/postgresChanges';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';

// The two reads every sync makes on PostgreSQL, in an engagement of thousands of notes
// before the table has statistics (a team's first evening of pushes, a restored database):
// a team pull's page (migration 9) reads only its page, by the (engagement_id, rev) index,
// where the planner read every record after the cursor and sorted them; a push's preload
// (migration 10) reads only the records it names, by key, where it read the whole engagement.
let dataDir: string;
let target: TestStorageConfig;
let client: Client;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-pull-page-'));
  target = await testStorageConfig(dataDir);
  client = new Client({ connectionString: target.config.databaseUrl });
  await client.connect();
});
afterEach(async () => {
  await client.end();
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const notes = 4000;
const pageSize = 1001;

/** Records read from `records` (by index or by scan) so far, as this connection counts them. */
async function recordsRead(): Promise<number> {
  const stats = await client.query<{ read: string }>(
    `SELECT coalesce(idx_tup_fetch, 0) + seq_tup_read AS read FROM pg_stat_xact_user_tables
      WHERE schemaname = current_schema() AND relname = 'records'`,
  );
  return Number(stats.rows[0]?.read ?? 0);
}

/** `sql` run as the server runs it, and how many records it took from the table. */
async function readBy(sql: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[]; read: number }> {
  await client.query('BEGIN');
  try {
    const before = await recordsRead();
    const { rows } = await client.query<Record<string, unknown>>(sql, values);
    return { rows, read: (await recordsRead()) - before };
  } finally {
    await client.query('COMMIT');
  }
}

/** An engagement holding `notes` notes, written straight in: no ANALYZE has run since. */
async function engagementOfNotes(): Promise<string> {
  const storage = await openStorage(target.config);
  const { engagementId } = await createEngagement(
    storage,
    {
      council: 'Borsetshire County Council',
      title: 'Peer challenge',
      from: '2026-12-01',
      to: '2026-12-04',
      manager: 'Mo Khan',
    },
    { publicUrl: 'http://localhost', now: new Date('2026-11-20T09:00:00.000Z') },
  );
  await storage.close();
  await client.query(
    `INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps)
     SELECT $1, 'note', 'note-' || n, '{"id":"note-' || n || '"}', 1000 + n, 0, '2026-12-01T10:00:00.000Z', '{}'
     FROM generate_series(1, ${notes}) AS n`,
    [engagementId],
  );
  return engagementId;
}

describe('the reads of a sync on PostgreSQL, in an engagement of thousands of notes', () => {
  it("reads a team pull's page only, in order, by the index", async () => {
    const engagementId = await engagementOfNotes();
    for (const since of [0, 1000 + notes / 2]) {
      const { rows, read } = await readBy(readChangesQuery, [engagementId, since, pageSize, null]);
      expect(rows).toHaveLength(pageSize);
      const revs = rows.map((row) => Number(row.rev));
      expect(revs.every((rev, i) => rev > since && (i === 0 || rev > (revs[i - 1] ?? 0)))).toBe(true);
      // The page, and no more than a few records beside it (the engagement's own).
      expect(read).toBeLessThan(pageSize + 20);
    }
  });

  it('reads only the records a push names, each by its key, each once', async () => {
    const engagementId = await engagementOfNotes();
    const named = [...Array.from({ length: 300 }, (_, i) => `new-note-${i}`), 'note-7', 'note-3999', 'note-7'];
    const { rows, read } = await readBy('SELECT * FROM triangulate_push_preload($1, $2::text[], $3::text[], NULL)', [
      engagementId,
      named.map(() => 'note'),
      named,
    ]);
    expect(rows.map((row) => row.id).sort()).toEqual(['note-3999', 'note-7']);
    expect(read).toBeLessThan(10);
  });
});

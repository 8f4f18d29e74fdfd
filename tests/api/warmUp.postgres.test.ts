import { afterEach, beforeEach, expect, it } from 'vitest';
import { warmUp } from '../../src/server/warmUp';
import { rawQuery } from '../support/rawQuery';
import { joinAs } from './support/devices';
import { pull } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

// PostgreSQL only: the server rehearses its sync paths before it listens, on a scratch
// view of the database that is rolled back (src/server/warmUp.ts).
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** One statement straight on this test's database. */
const sql = (text: string) =>
  rawQuery({ kind: t.storageKind, config: t.storageConfig, dispose: () => Promise.resolve() }, text);

/** Rows of every table the rehearsal writes, to tell that none of them was kept. */
async function rowCounts(): Promise<Record<string, unknown>> {
  const tables = ['records', 'devices', 'invites', 'engagement_counters', 'audit_events', 'join_attempts'];
  const counts: Record<string, unknown> = {};
  for (const table of tables) counts[table] = (await sql(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
  return counts;
}

it('rehearses join, push and pull, keeps nothing, and leaves every connection open and usable', async () => {
  const before = await rowCounts();

  const warmed = await warmUp(t.storage, { publicUrl: 'http://test.local', clientDir: t.clientDir });

  expect(warmed?.rounds).toBeGreaterThan(0);
  expect(await rowCounts()).toEqual(before);
  // This test's schema names its connections (testSchema.ts); the count's own is left out.
  const name = new URL(t.storageConfig.databaseUrl ?? '').searchParams.get('application_name');
  const connections = await sql(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = '${name}' AND pid <> pg_backend_pid()`,
  );
  // 10 for writes and 10 for reads, all opened before the server listens.
  expect(connections[0]?.n).toBe(20);
  // The demo's people join and pull as ever after it.
  const joined = await joinAs(t, 'lead peer');
  const page = await pull(t, joined);
  expect(page.changes.length).toBeGreaterThan(0);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/http/createApp';
import { joinAttemptsPerMinute } from '../../src/server/http/joinRateLimit';
import { openStorage } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';
import { currentStorageKind } from '../support/storageKind';
import { call, fromAddress } from './support/call';
import { startTestApp, type TestApp } from './support/testApp';

// Two server processes on one database: the test app and a second app over its own
// connection (pool) to the same database, as a second process behind a load balancer.
let t: TestApp;
let secondStorage: Storage;
let clock = Date.now();
const now = () => new Date(clock);
beforeEach(async () => {
  clock = Date.now();
  t = await startTestApp({ now });
  secondStorage = await openStorage(t.storageConfig);
});
afterEach(async () => {
  await secondStorage.close();
  await t.close();
});

const secondApp = () => createApp({ storage: secondStorage, clientDir: t.clientDir, now });
const attempt = (app: TestApp['app'], address: string) =>
  call(app, 'POST', '/api/join', { body: { code: 'wrong-code-0000' }, env: fromAddress(address) });

describe('the join rate limit in the database', () => {
  it('is shared by two processes: attempts alternating between them count together', async () => {
    const apps = [t.app, secondApp()];
    for (let index = 0; index < joinAttemptsPerMinute; index += 1)
      expect((await attempt(apps[index % 2] ?? t.app, '203.0.113.7')).status).toBe(400);
    for (const app of apps) {
      const refused = await attempt(app, '203.0.113.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
    }
    clock += 60_000;
    expect((await attempt(apps[1] ?? t.app, '203.0.113.7')).status).toBe(400);
  });

  // Two SQLite connections in one process cannot take turns (better-sqlite3 waits for a
  // lock synchronously, blocking the holder); separate processes do, through the file lock.
  it.skipIf(currentStorageKind() === 'sqlite')(
    'lets exactly the limit through when both processes take attempts at once',
    async () => {
      const apps = [t.app, secondApp()];
      const replies = await Promise.all(
        Array.from({ length: joinAttemptsPerMinute * 2 }, (_, index) =>
          attempt(apps[index % 2] ?? t.app, '198.51.100.9'),
        ),
      );
      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 400)).toHaveLength(joinAttemptsPerMinute);
      expect(statuses.filter((status) => status === 429)).toHaveLength(joinAttemptsPerMinute);
    },
  );

  it('survives a restart: a new process over the same database still counts', async () => {
    for (let index = 0; index < joinAttemptsPerMinute; index += 1)
      expect((await attempt(t.app, '192.0.2.3')).status).toBe(400);
    await secondStorage.close();
    secondStorage = await openStorage(t.storageConfig);
    expect((await attempt(secondApp(), '192.0.2.3')).status).toBe(429);
  });

  it('forgets attempts older than the window', async () => {
    await attempt(t.app, '192.0.2.4');
    clock += 60_000;
    await attempt(secondApp(), '192.0.2.5');
    const left = await t.storage.transaction(async (tx) => [
      ...(await tx.joinAttemptsSince('192.0.2.4', 0)),
      ...(await tx.joinAttemptsSince('192.0.2.5', 0)),
    ]);
    expect(left).toEqual([clock]);
  });
});

import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Mutation, MutationResult } from '../../../src/domain/sync/protocol';
import { recordTypes } from '../../../src/domain/records/recordTypes';
import { TriangulateDb } from '../../../src/client/store/db';
import { saveJoin } from '../../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../../src/client/sync/apiClient';
import type { FetchLike } from '../../../src/client/sync/httpCall';
import { SyncEngine } from '../../../src/client/sync/syncEngine';
import { createInvite } from '../../../src/server/auth/invites';
import { seedDemo } from '../../../src/server/demo/seedDemo';
import { createApp } from '../../../src/server/http/createApp';
import { openStorage, type StorageConfig } from '../../../src/server/storage/openStorage';
import type { Storage, StoredRecord } from '../../../src/server/storage/storage';
import { testStorageConfig } from '../../support/testStorageConfig';

/** A mutation the server applied, with the rev it got: the ground truth for the invariants. */
export type AppliedMutation = { deviceId: string; mutation: Mutation; rev: number };
/** A push request as sent, kept so a test can replay it. */
export type SentPush = { clientIndex: number; body: string };

/** One simulated tablet: its own IndexedDB, a sync engine, and a network it can lose. */
export type SimClient = {
  index: number;
  dbName: string;
  db: TriangulateDb;
  engine: SyncEngine;
  memberId: string;
  deviceId: string;
  role: 'manager' | 'peer' | 'council';
  token: string;
  offline: boolean;
  /** The next push reaches the server but its answer is lost on the way back. */
  loseNextPushAnswer: boolean;
};

export type SyncWorld = {
  storage: Storage;
  engagementId: string;
  sessionId: string;
  themeIds: string[];
  clients: SimClient[];
  applied: AppliedMutation[];
  sentPushes: SentPush[];
  /** "findingId:noteId" pairs some device took a note out of (moved, or an undone merge took back). */
  evidenceRemoved: Set<string>;
  serverFetch: FetchLike;
  /** Requests each server process answered, in the order of `processes`. */
  answeredBy: number[];
  restart(client: SimClient): void;
  serverRecords(): Promise<StoredRecord[]>;
  close(): Promise<void>;
};

/** Servers a world's clients reach, each through its own fetch, and how to stop them. */
export type WorldServers = { fetches: FetchLike[]; close(): Promise<void> };
/** Starts a world's servers on its database, once the database is seeded. */
export type StartWorldServers = (database: StorageConfig) => Promise<WorldServers>;

export type SyncWorldOptions = {
  /**
   * Server processes over the one database, each an app with its own connection (pool),
   * as behind a load balancer: requests go to each in turn. One unless set.
   */
  processes?: number;
  /**
   * Servers started outside this process instead (tests/api/support/serverProcesses.ts),
   * requests going to each in turn: module state here is then shared by none of them.
   */
  servers?: StartWorldServers;
};

/**
 * A real server app over a real database (a SQLite file, or a fresh PostgreSQL schema in
 * the api:postgres project), and N clients made of the real store and
 * sync engine over fake-indexeddb, talking to it in process through `app.request`.
 */
export async function createSyncWorld(clientCount: number, options: SyncWorldOptions = {}): Promise<SyncWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-prop-'));
  const database = await testStorageConfig(dataDir);
  const storage = await openStorage(database.config);
  const now = new Date();
  // The timetable without the demo evening's notes: hundreds of worlds each pull everything.
  const demo = await seedDemo(storage, { publicUrl: 'http://localhost', now, evening: false });
  if (!demo) throw new Error('demo not seeded');
  const servers = await (options.servers ?? inProcessApps(storage, options.processes ?? 1, dataDir))(database.config);
  const answeredBy = servers.fetches.map(() => 0);
  let turn = 0;
  const serverFetch: FetchLike = async (url, init) => {
    const index = turn % servers.fetches.length;
    const serve = servers.fetches[index];
    turn += 1;
    if (!serve) throw new Error('no server');
    answeredBy[index] = (answeredBy[index] ?? 0) + 1;
    return serve(url, init);
  };
  const records = await storage.read((tx) => tx.listChanges(demo.engagementId, 0, 1000));
  const sessionId = records.find((record) => record.recordType === 'session')?.data.id;
  const themeIds = records.filter((record) => record.recordType === 'theme').map((record) => String(record.data.id));
  if (typeof sessionId !== 'string') throw new Error('demo has no session');

  const applied: AppliedMutation[] = [];
  const sentPushes: SentPush[] = [];
  const clients: SimClient[] = [];
  const makeEngine = (client: Omit<SimClient, 'engine'>) =>
    new SyncEngine(client.db, createApiClient('http://localhost', clientFetch(client)), demo.engagementId);

  /** The client's network: offline throws, a lost answer is applied on the server but not seen. */
  const clientFetch =
    (client: Omit<SimClient, 'engine'>): FetchLike =>
    async (url, init) => {
      if (client.offline) throw new TypeError('Failed to fetch');
      const isPush = url.endsWith('/push');
      if (isPush) sentPushes.push({ clientIndex: client.index, body: String(init.body) });
      const response = await serverFetch(url, init);
      if (!isPush || !response.ok) return response;
      const body = (await response.clone().json()) as { results: MutationResult[] };
      const sent = JSON.parse(String(init.body)) as { mutations: Mutation[] };
      for (const result of body.results) {
        const mutation = sent.mutations.find((candidate) => candidate.seq === result.seq);
        if (result.status === 'applied' && mutation && result.rev !== null) {
          applied.push({ deviceId: client.deviceId, mutation, rev: result.rev });
        }
      }
      if (client.loseNextPushAnswer) {
        client.loseNextPushAnswer = false;
        throw new TypeError('connection reset after the server applied the push');
      }
      return response;
    };

  for (let index = 0; index < clientCount; index += 1) {
    // Clients 0–2 are the demo's manager and two peers; more clients are second
    // tablets of the same people, so two devices can edit the same notes.
    const member = demo.links[index % demo.links.length];
    if (!member) throw new Error('demo has no members');
    const code =
      index < demo.links.length
        ? (member.url.split('/join/')[1] ?? '')
        : await storage.transaction((tx) =>
            createInvite(tx, { engagementId: demo.engagementId, memberId: member.id, now }),
          );
    const joined = await createApiClient('http://localhost', serverFetch).join(code);
    const dbName = `prop-${crypto.randomUUID()}`;
    const db = new TriangulateDb(dbName);
    await saveJoin(db, joined, null);
    const partial: Omit<SimClient, 'engine'> = {
      index,
      dbName,
      db,
      memberId: joined.memberId,
      deviceId: joined.deviceId,
      role: joined.role,
      token: joined.deviceToken,
      offline: false,
      loseNextPushAnswer: false,
    };
    // The engine's network closes over this same object, so flags set later take effect.
    const client: SimClient = Object.assign(partial, { engine: makeEngine(partial) });
    clients.push(client);
  }

  return {
    storage,
    engagementId: demo.engagementId,
    sessionId,
    themeIds,
    clients,
    applied,
    sentPushes,
    evidenceRemoved: new Set(),
    serverFetch,
    answeredBy,
    restart(client) {
      // A killed app: memory is gone, IndexedDB stays.
      client.db.close();
      client.db = new TriangulateDb(client.dbName);
      client.engine = makeEngine(client);
    },
    // Every record with its stamps (a list of changes leaves them out), in rev order.
    serverRecords: () =>
      storage.read(async (tx) => {
        const rows: StoredRecord[] = [];
        for (const recordType of recordTypes) rows.push(...(await tx.listRecords(demo.engagementId, recordType)));
        return rows.sort((a, b) => a.rev - b.rev);
      }),
    async close() {
      for (const client of clients) {
        client.db.close();
        await client.db.delete();
      }
      await servers.close();
      await storage.close();
      await database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Server apps in this process: the first on the world's storage, the others each on a storage of their own. */
function inProcessApps(storage: Storage, count: number, dataDir: string): StartWorldServers {
  return async (database) => {
    const others = await Promise.all(Array.from({ length: count - 1 }, () => openStorage(database)));
    const apps = [storage, ...others].map((each) =>
      createApp({ storage: each, clientDir: path.join(dataDir, 'no-client') }),
    );
    return {
      fetches: apps.map((app) => async (url, init) => app.request(url, init)),
      close: async () => {
        for (const other of others) await other.close();
      },
    };
  };
}

import 'fake-indexeddb/auto';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { MutationResult } from '../../src/domain/sync/protocol';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote, listSessionNotes, updateNote } from '../../src/client/store/noteRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { e2eContext } from './support/context';
import { TriangulateServer } from './support/server';

let server: TriangulateServer | undefined;

afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** A tablet in this process: the real store and sync engine over fake-indexeddb, real HTTP. */
async function tablet(srv: TriangulateServer, role: string) {
  const pushAnswers: MutationResult['status'][] = [];
  const recording: FetchLike = async (url, init) => {
    const response = await fetch(url, init);
    if (url.endsWith('/push') && response.ok) {
      const body = (await response.clone().json()) as { results: MutationResult[] };
      pushAnswers.push(...body.results.map((result) => result.status));
    }
    return response;
  };
  const api = createApiClient(srv.url, recording);
  const joined = await api.join(srv.link(role).url.split('/join/')[1] ?? '');
  const db = new TriangulateDb(`drill-${crypto.randomUUID()}`);
  await saveJoin(db, joined, null);
  const engine = new SyncEngine(db, api, joined.engagementId);
  await engine.syncNow();
  return { db, engine, joined, pushAnswers };
}

/** The database's integrity, and how many notes it holds in one session. */
function sqliteIntegrity(srv: TriangulateServer, sessionId: string): { integrity: unknown; notes: unknown } {
  const db = new Database(path.join(srv.dataDir, 'triangulate.sqlite'), { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      notes: db
        .prepare("SELECT count(*) AS n FROM records WHERE record_type = 'note' AND data ->> '$.sessionId' = ?")
        .get(sessionId),
    };
  } finally {
    db.close();
  }
}

const texts = ['Heard: triage waits four days', 'Read: the strategy is from 2019', 'Seen: a calm, busy office'];

describe.each(['push-before-commit', 'push-after-commit'] as const)('the server is SIGKILLed at %s', (point) => {
  test('the client retries on restart and nothing is duplicated or lost', async () => {
    const { clientDir } = e2eContext();
    server = await TriangulateServer.start({ clientDir, env: { TRIANGULATE_FAULT_PAUSE: point } });
    const srv = server;
    const peer = await tablet(srv, 'lead peer');
    const colleague = await tablet(srv, 'officer peer');
    // The demo's last session is tomorrow's: the demo evening's notes are all in earlier ones.
    const session = (await listSessions(peer.db, peer.joined.engagementId)).at(-1);
    if (!session) throw new Error('no session pulled');
    for (const text of texts)
      await updateNote(peer.db, await createNote(peer.db, session, peer.joined.memberId), { text });

    const mark = srv.log.lines.length;
    const syncing = peer.engine.syncNow();
    await srv.waitForLine(new RegExp(`FAULT DRILL: paused at ${point}`), mark);
    await srv.kill();
    await syncing;
    expect(peer.engine.getState().online).toBe(false);
    expect(await peer.db.outbox.count()).toBe(texts.length);
    expect(sqliteIntegrity(srv, session.id)).toEqual({
      integrity: 'ok',
      notes: { n: point === 'push-before-commit' ? 0 : texts.length },
    });

    await srv.restart({ env: {} });
    await peer.engine.syncNow();
    expect(peer.engine.getState()).toMatchObject({ online: true, lastError: null });
    expect(await peer.db.outbox.count()).toBe(0);
    expect(peer.pushAnswers).toEqual(
      Array(texts.length).fill(point === 'push-before-commit' ? 'applied' : 'duplicate'),
    );

    await colleague.engine.syncNow();
    const seen = await listSessionNotes(colleague.db, peer.joined.engagementId, session.id);
    expect(seen.map((note) => note.text).sort()).toEqual([...texts].sort());
    expect(sqliteIntegrity(srv, session.id)).toEqual({ integrity: 'ok', notes: { n: texts.length } });
  });
});

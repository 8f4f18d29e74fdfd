import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from './lib/freePort.mjs';
import { createHttp, isOk } from './lib/http.mjs';
import { newNote, noteText, pushBody } from './lib/mutations.mjs';
import { repoRoot } from './lib/paths.mjs';
import { rssKb } from './lib/server.mjs';
import { cpuDelta, cpuSeconds } from './lib/procStats.mjs';
import { runThroughput } from './throughput.mjs';

const pouchEntry = path.join(repoRoot, 'bench', 'pouchdbServer.mjs');
const floorEntry = path.join(repoRoot, 'bench', 'sqliteFloorServer.mjs');
const startTimeoutMs = 30_000;

/** A bench server (`entry` with a free port and `args`) in a child process; resolves its URL, pid and a stop(). */
async function startChildServer(entry, args = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [entry, String(port), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${path.basename(entry)} did not start: ${output}`)),
      startTimeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(entry)} exited (${code}): ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The floor under Triangulate's side (sqliteFloorServer.mjs): the same notes pushed the
 * same way (pushes of `batchSize`, one after another) and pulled from 0 in pages, to a
 * server that only parses, reads and writes the rows on SQLite.
 */
async function runSqliteFloor({ notes, noteBytes, batchSize }) {
  const engagementId = randomUUID();
  const server = await startChildServer(floorEntry, [engagementId]);
  const http = createHttp(server.url);
  try {
    const sessionId = randomUUID();
    const themeIds = [randomUUID()];
    const bodies = [];
    for (let start = 0, seq = 1; start < notes; start += batchSize) {
      const mutations = [];
      for (let n = start; n < Math.min(start + batchSize, notes); n += 1)
        mutations.push(newNote(seq++, { sessionId, text: noteText(0, n, noteBytes), themeIds }));
      bodies.push(JSON.stringify(pushBody(mutations)));
    }
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    let errors = 0;
    for (const body of bodies) if (!isOk(await http.request('POST', '/push', { body }))) errors += 1;
    const pushed = performance.now();
    let pulled = 0;
    for (let cursor = 0, more = true; more;) {
      const reply = await http.request('GET', `/pull?since=${cursor}`);
      if (!isOk(reply)) {
        errors += 1;
        break;
      }
      pulled += reply.json.changes.length;
      cursor = reply.json.cursor;
      more = reply.json.hasMore;
    }
    const finished = performance.now();
    return {
      pushMs: Math.round(pushed - started),
      pullMs: Math.round(finished - pushed),
      totalMs: Math.round(finished - started),
      everyNoteArrived: pulled === notes,
      serverCpuSeconds: cpuDelta(cpuBefore, cpuSeconds(server.pid)),
      errors,
    };
  } finally {
    http.close();
    await server.stop();
  }
}

/** The same note fields Triangulate's bench pushes, as one PouchDB document. */
function noteDoc(n, noteBytes) {
  const at = new Date(Date.UTC(2026, 2, 2, 9, 0, n % 60)).toISOString();
  return {
    _id: `note-${String(n).padStart(6, '0')}`,
    type: 'note',
    sessionId: 'session-1',
    text: noteText(0, n, noteBytes),
    evidenceType: 'heard',
    stance: 'neutral',
    isQuote: false,
    createdAt: at,
    updatedAt: at,
    documentReference: '',
    themeIds: [],
    scopeQuestionIds: [],
  };
}

/**
 * The alternative a team would pick instead (issue 11, point 12): `notes` notes of about
 * `noteBytes` bytes replicated by PouchDB on its memory adapter to express-pouchdb on its
 * memory adapter (default batch size), then replicated back into an empty PouchDB, beside
 * Triangulate's push and pull of the same number of notes on SQLite (one device pushes
 * in pushes of 500, then pulls everything from 0), and beside the floor under that on
 * SQLite (sqliteFloorServer.mjs): the same pushes and pulls to a server that does nothing
 * but the row reads and writes. A report, not a test.
 */
export async function runPouchDb({ notes = 10_000, noteBytes = 600 } = {}) {
  const { default: PouchDB } = await import('pouchdb-core');
  const { default: memoryAdapter } = await import('pouchdb-adapter-memory');
  const { default: httpAdapter } = await import('pouchdb-adapter-http');
  const { default: replication } = await import('pouchdb-replication');
  const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

  const server = await startChildServer(pouchEntry);
  let pouch;
  try {
    const local = new Pouch(`bench-local-${process.pid}`, { adapter: 'memory' });
    for (let start = 0; start < notes; start += 1000) {
      await local.bulkDocs(
        Array.from({ length: Math.min(1000, notes - start) }, (_, i) => noteDoc(start + i, noteBytes)),
      );
    }
    const remote = new Pouch(`${server.url}/notes`);
    const serverCpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    const pushed = await local.replicate.to(remote);
    const pushMs = performance.now() - started;
    const fresh = new Pouch(`bench-fresh-${process.pid}`, { adapter: 'memory' });
    const pulled = await fresh.replicate.from(remote);
    const totalMs = performance.now() - started;
    const freshInfo = await fresh.info();
    pouch = {
      pushMs: Math.round(pushMs),
      pullMs: Math.round(totalMs - pushMs),
      totalMs: Math.round(totalMs),
      docsWritten: pushed.docs_written,
      docsPulled: pulled.docs_written,
      everyNoteArrived: freshInfo.doc_count === notes,
      serverCpuSeconds: cpuDelta(serverCpuBefore, cpuSeconds(server.pid)),
      serverRssKb: rssKb(server.pid),
      errors: pushed.doc_write_failures + pulled.doc_write_failures,
    };
    await Promise.all([local.destroy(), fresh.destroy()]);
  } finally {
    await server.stop();
  }

  const batchSize = 500;
  const triangulate = await runThroughput({
    label: 'sqlite',
    clients: 1,
    notesPerClient: notes,
    batchSize,
    noteBytes,
  });
  const floor = await runSqliteFloor({ notes, noteBytes, batchSize });
  const times = (slower, faster) => Math.round((slower / faster) * 10) / 10;
  return {
    notes,
    noteBytes,
    pouchdb: pouch,
    triangulate: {
      pushMs: triangulate.pushMs,
      pullMs: triangulate.pullMs,
      totalMs: triangulate.totalMs,
      everyNoteArrived: triangulate.everyClientSawEveryNote,
      serverCpuSeconds: triangulate.serverCpuSeconds,
      errors: triangulate.errors,
    },
    floor,
    /** How many times faster Triangulate is, push + pull. */
    ratio: times(pouch.totalMs, triangulate.totalMs),
    /** How many times faster the floor is than PouchDB: the most any server on SQLite could show here. */
    floorRatio: times(pouch.totalMs, floor.totalMs),
    /** Triangulate's time over the floor's: what its validation, merge rules, stamps, audit and sign-in cost. */
    overFloor: times(triangulate.totalMs, floor.totalMs),
  };
}

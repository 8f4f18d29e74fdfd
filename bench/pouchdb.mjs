import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from './lib/freePort.mjs';
import { noteText } from './lib/mutations.mjs';
import { repoRoot } from './lib/paths.mjs';
import { rssKb } from './lib/server.mjs';
import { cpuDelta, cpuSeconds } from './lib/procStats.mjs';
import { runThroughput } from './throughput.mjs';

const serverEntry = path.join(repoRoot, 'bench', 'pouchdbServer.mjs');
const startTimeoutMs = 30_000;

/** express-pouchdb on its memory adapter in a child process; resolves its URL and a stop(). */
async function startPouchServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry, String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pouchdb-server did not start: ${output}`)), startTimeoutMs);
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
      reject(new Error(`pouchdb-server exited (${code}): ${output}`));
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
 * in pushes of 500, then pulls everything from 0). A report, not a test.
 */
export async function runPouchDb({ notes = 10_000, noteBytes = 600 } = {}) {
  const { default: PouchDB } = await import('pouchdb-core');
  const { default: memoryAdapter } = await import('pouchdb-adapter-memory');
  const { default: httpAdapter } = await import('pouchdb-adapter-http');
  const { default: replication } = await import('pouchdb-replication');
  const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

  const server = await startPouchServer();
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

  const triangulate = await runThroughput({
    label: 'sqlite',
    clients: 1,
    notesPerClient: notes,
    batchSize: 500,
    noteBytes,
  });
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
    /** How many times faster Triangulate is, push + pull. */
    ratio: Math.round((pouch.totalMs / triangulate.totalMs) * 10) / 10,
  };
}

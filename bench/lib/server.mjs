import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './freePort.mjs';
import { repoRoot, serverEntry } from './paths.mjs';

const listeningLine = /Triangulate listening on (\S+)/;
const managerLine = /challenge manager: (.+?) — (https?:\/\/\S+)/;
const peerLine = /peer: (.+?) \(([^)]+)\) — (https?:\/\/\S+)/;
const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

/** Servers still running: killed when the bench process exits for any reason. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** VmRSS of a process in kB, from /proc/<pid>/status; undefined once it has gone. */
export function rssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the built server (`node dist/server/main.js`) on a free 127.0.0.1 port with a
 * fresh temporary DATA_DIR, and PostgreSQL instead of SQLite when `databaseUrl` is given.
 * `clientDir` serves a built PWA. Resolves once it prints "Triangulate listening", with the join links of its first start
 * (`joinLinks: false` for a second process on a database another has already started).
 */
export async function startServer({ databaseUrl, clientDir, joinLinks = true } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-bench-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    // The API is all most benchmarks use; the capture benchmarks pass a built PWA.
    CLIENT_DIR: clientDir ?? path.join(dataDir, 'no-client'),
  };
  delete env.DATABASE_URL;
  delete env.TRIANGULATE_FAULT_PAUSE;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  delete env.BENCH_SERVER_NODE_ARGS;
  const child = spawn(process.execPath, [...nodeArgs, serverEntry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const log = [];
  const links = [];
  const errors = [];
  let onListening = () => {};
  const onLine = (line) => {
    if (log.length < 2000) log.push(line);
    if (listeningLine.test(line)) onListening();
    const manager = managerLine.exec(line);
    if (manager) links.push({ role: 'challenge manager', name: manager[1], code: manager[2].split('/join/')[1] });
    const peer = manager ? null : peerLine.exec(line);
    if (peer) links.push({ role: peer[2], name: peer[1], code: peer[3].split('/join/')[1] });
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (errors.length < 200) errors.push(line);
    onLine(line);
  });

  const stop = async () => {
    if (!running.has(child)) return;
    running.delete(child);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, stopTimeoutMs))) {
        child.kill('SIGKILL');
        await waitForExit(child, stopTimeoutMs);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "Triangulate listening" within ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      const onEarlyExit = (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before listening (code ${code}, signal ${signal})`));
      };
      child.once('exit', onEarlyExit);
      onListening = () => {
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve();
      };
    });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- server output ---\n${log.join('\n')}`);
  }
  if (joinLinks && links.length === 0) {
    await stop();
    throw new Error(`the server printed no join links:\n${log.join('\n')}`);
  }
  return {
    pid: child.pid,
    env,
    baseUrl,
    dataDir,
    databaseUrl,
    links,
    log,
    /** Lines the server wrote to stderr (a 500's stack lands here). */
    errors,
    rssKb: () => rssKb(child.pid),
    stop,
  };
}

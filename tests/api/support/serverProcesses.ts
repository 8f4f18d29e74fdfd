import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { FetchLike } from '../../../src/client/sync/httpCall';
import type { StorageConfig } from '../../../src/server/storage/openStorage';
import type { StartWorldServers } from '../../property/support/syncWorld';
import { childEnv } from '../../e2e/support/childEnv';
import { freePort } from '../../e2e/support/freePort';
import { LineLog, waitForExit } from '../../e2e/support/process';

const listeningLine = /Triangulate listening on /;
const startTimeoutMs = 30_000;

/** Servers still running: killed if the test worker exits without stopping them (a timeout). */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * `count` operating-system processes of the built server on one database, as behind a
 * load balancer: each on its own port, with nothing shared but the database.
 */
export function serverProcesses(entry: string, count: number): StartWorldServers {
  return async (database) => {
    const started = await Promise.allSettled(Array.from({ length: count }, () => startProcess(entry, database)));
    const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result) => result.status === 'rejected');
    const close = async () => {
      await Promise.all(running.map((server) => server.stop()));
    };
    if (failed) {
      await close();
      throw failed.reason;
    }
    return { fetches: running.map((server) => server.fetch), close };
  };
}

type ServerProcess = { fetch: FetchLike; stop(): Promise<void> };

async function startProcess(entry: string, database: StorageConfig): Promise<ServerProcess> {
  if (!database.databaseUrl) throw new Error('server processes share a database: PostgreSQL only');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-process-'));
  const env = childEnv({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    CLIENT_DIR: path.join(dataDir, 'no-client'),
    DATABASE_URL: database.databaseUrl,
    LOG_LEVEL: 'warn',
  });
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const log = new LineLog(200);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    running.delete(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolveStart, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "Triangulate listening" in ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`the server exited before listening (code ${code})`));
      };
      child.once('exit', onExit);
      const onLine = (line: string) => {
        log.push(line);
        if (!listeningLine.test(line)) return;
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveStart();
      };
      if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
      if (child.stderr) createInterface({ input: child.stderr }).on('line', onLine);
    });
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log.text()}`);
  }
  // The clients address http://localhost/…: the same path, sent to this process.
  const fetchHere: FetchLike = (url, init) => {
    const { pathname, search } = new URL(url);
    return fetch(`${origin}${pathname}${search}`, init);
  };
  return { fetch: fetchHere, stop };
}

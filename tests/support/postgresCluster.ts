import { execFile } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster: its own temp dir, its own port, gone after stop(). */
export type PostgresCluster = {
  /** Superuser URL of the `postgres` database; tests create their own databases from it. */
  url: string;
  stop(): Promise<void>;
};

/** The version the project targets first; any newer one installed also works. */
const preferredMajor = '15';

/**
 * Where initdb and pg_ctl are: $PG_BIN, else Debian's /usr/lib/postgresql/<major>/bin
 * (15 first, else the newest). Throws one line when there are none: the PostgreSQL API
 * tests must fail loudly, never skip quietly.
 */
export function findPostgresBin(): string {
  const debianRoot = '/usr/lib/postgresql';
  const majors = existsSync(debianRoot) ? readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a)) : [];
  const ordered = [
    ...majors.filter((major) => major === preferredMajor),
    ...majors.filter((major) => major !== preferredMajor),
  ];
  const candidates = [process.env.PG_BIN, ...ordered.map((major) => path.join(debianRoot, major, 'bin'))];
  for (const dir of candidates) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, 'initdb'), constants.X_OK);
      accessSync(path.join(dir, 'pg_ctl'), constants.X_OK);
      return dir;
    } catch {
      // Not in this folder: try the next one.
    }
  }
  throw new Error(
    `PostgreSQL server binaries (initdb, pg_ctl) not found in $PG_BIN or ${debianRoot}/*/bin: install postgresql-${preferredMajor} (apt-get install postgresql-${preferredMajor}) or set PG_BIN`,
  );
}

type Runner = (command: string, args: string[]) => Promise<string>;

/** initdb and postgres refuse to run as root: as root, run them as the `postgres` user. */
function makeRunner(asRoot: boolean): Runner {
  return (command, args) =>
    new Promise((resolve, reject) => {
      const [file, fileArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
      execFile(file, fileArgs, { timeout: 60_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`${path.basename(command)} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      });
    });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function idOf(flag: '-u' | '-g', user: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile('id', [flag, user], (error, stdout) =>
      error
        ? reject(
            new Error(
              `running as root, the PostgreSQL test cluster needs a '${user}' user to run initdb as (initdb refuses root)`,
            ),
          )
        : resolve(Number(stdout.trim())),
    );
  });
}

/**
 * initdb in a fresh temp dir, then pg_ctl start on a free 127.0.0.1 port with the unix
 * socket in the same dir (so nothing touches /var/run/postgresql). Durability is off:
 * the cluster lives for one test run.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const run = makeRunner(asRoot);
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (asRoot) chownSync(dir, await idOf('-u', 'postgres'), await idOf('-g', 'postgres'));
    await run(path.join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await startOnFreePort(run, bin, dataDir, logFile, dir);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        // immediate: the data is thrown away, so there is nothing to flush.
        await run(path.join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Another process may take the free port before postgres binds it: try a few. */
async function startOnFreePort(
  run: Runner,
  bin: string,
  dataDir: string,
  logFile: string,
  socketDir: string,
): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const serverOptions = [
      `-k '${socketDir}'`,
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    try {
      await run(path.join(bin, 'pg_ctl'), [
        'start',
        '-w',
        '-t',
        '30',
        '-D',
        dataDir,
        '-l',
        logFile,
        '-o',
        serverOptions,
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-10).join('\n') : '';
  throw new Error(`PostgreSQL test cluster did not start: ${String(lastError)}\n${log}`);
}

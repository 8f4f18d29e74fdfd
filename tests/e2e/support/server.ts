import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { childEnv } from './childEnv';
import { freePort } from './freePort';
import { makeTempDir, repoRoot, serverEntry } from './paths';
import { LineLog, waitForExit } from './process';

/** One invite link printed by the server on its first start. */
export interface JoinLink {
  /** "challenge manager", "lead peer" or "officer peer" (the text in brackets for peers). */
  role: string;
  name: string;
  url: string;
}

export interface ServerStartOptions {
  /** Built PWA to serve (CLIENT_DIR). */
  clientDir: string;
  /** More environment for the server process, e.g. a fault-drill pause point. */
  env?: Record<string, string>;
}

const listeningLine = /Triangulate listening on (\S+)/;
const demoLine = /Demo engagement created: (.+)$/;
const managerLine = /challenge manager: (.+?) — (https?:\/\/\S+)/;
const peerLine = /peer: (.+?) \(([^)]+)\) — (https?:\/\/\S+)/;
const startTimeoutMs = 30_000;

/**
 * The built API server (`node dist/server/main.js`) on a free port with its own
 * temporary DATA_DIR. It can be stopped and started again on the same port and data,
 * which is how journeys take the server away and bring it back.
 */
export class TriangulateServer {
  /** Every line the server printed, across restarts. */
  readonly log = new LineLog(1000);
  /** Invite links from the first start (codes are single use). */
  readonly links: JoinLink[] = [];
  /** "<title> at <council>" from the first start. */
  demoDescription: string | undefined;
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private clientDir: string,
    private extraEnv: Record<string, string> = {},
  ) {}

  /** Starts a server with an empty DATA_DIR on a free port. */
  static async start(options: ServerStartOptions): Promise<TriangulateServer> {
    const server = new TriangulateServer(await freePort(), makeTempDir('data'), options.clientDir, options.env);
    await server.launch();
    return server;
  }

  /** The origin the server says it serves (PUBLIC_URL). */
  get url(): string {
    return `http://localhost:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Whether `text` is the title of the demo engagement ("<title> at <council>"). */
  isDemoTitle(text: string | null): boolean {
    return text !== null && text.length > 0 && this.demoDescription?.startsWith(`${text} at `) === true;
  }

  /** The join link of the first member with this role; throws when there is none. */
  link(role: string): JoinLink {
    const found = this.links.find((l) => l.role === role);
    if (!found) {
      throw new Error(`no join link for "${role}"; server printed:\n${this.log.text()}`);
    }
    return found;
  }

  /** SIGTERM, then SIGKILL if it has not stopped within 5 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (await waitForExit(child, 5_000)) return;
    this.log.push('[e2e] server ignored SIGTERM for 5 s: sending SIGKILL');
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }

  /** SIGKILL, as a crash or a pulled plug would: no shutdown code runs. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }

  /** Resolves when the server prints a line matching `pattern` at or after line `after` of the log. */
  async waitForLine(pattern: RegExp, after = 0, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.log.lines.slice(after).find((candidate) => pattern.test(candidate));
      if (line !== undefined) return line;
      if (Date.now() > deadline) throw new Error(`server never printed ${pattern}:\n${this.log.text()}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
  }

  /**
   * Stops the server if it runs and starts it again on the same port and DATA_DIR,
   * serving `clientDir` when given (a new deploy) or the same PWA as before.
   */
  async restart(options: Partial<ServerStartOptions> = {}): Promise<void> {
    await this.stop();
    if (options.clientDir !== undefined) this.clientDir = options.clientDir;
    if (options.env !== undefined) this.extraEnv = options.env;
    await this.launch();
  }

  /** Stops the server and deletes its data. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private launch(): Promise<void> {
    const env = childEnv({
      PORT: String(this.port),
      DATA_DIR: this.dataDir,
      PUBLIC_URL: this.url,
      CLIENT_DIR: this.clientDir,
      ...this.extraEnv,
    });
    this.log.push(`[e2e] starting server on port ${this.port} serving ${this.clientDir}`);
    const child = spawn(process.execPath, [serverEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;

    return new Promise((resolveStart, reject) => {
      const timer = setTimeout(() => {
        fail(new Error(`server did not print "Triangulate listening on" within ${startTimeoutMs} ms`));
      }, startTimeoutMs);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${error.message}\n--- server output ---\n${this.log.text()}`));
      };
      const onLine = (line: string): void => {
        this.log.push(line);
        this.readLine(line);
        if (listeningLine.test(line)) {
          clearTimeout(timer);
          child.off('exit', onEarlyExit);
          resolveStart();
        }
      };
      const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        fail(new Error(`server exited before listening (code ${code}, signal ${signal})`));
      };
      child.once('exit', onEarlyExit);
      child.once('error', (error) => fail(error));
      if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
      if (child.stderr) createInterface({ input: child.stderr }).on('line', onLine);
    });
  }

  private readLine(line: string): void {
    const demo = demoLine.exec(line);
    if (demo?.[1] !== undefined) {
      this.demoDescription = demo[1].trim();
      return;
    }
    const manager = managerLine.exec(line);
    if (manager?.[1] !== undefined && manager[2] !== undefined) {
      this.links.push({ role: 'challenge manager', name: manager[1], url: manager[2] });
      return;
    }
    const peer = peerLine.exec(line);
    if (peer?.[1] !== undefined && peer[2] !== undefined && peer[3] !== undefined) {
      this.links.push({ role: peer[2], name: peer[1], url: peer[3] });
    }
  }
}

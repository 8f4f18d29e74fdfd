import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumFlags } from './browser';
import { freePort } from './freePort';
import { LineLog, signalGroup, waitForExit, waitForGroupGone } from './process';

const devToolsLine = /DevTools listening on (ws:\/\/\S+)/;
const launchTimeoutMs = 30_000;

/**
 * A real Chromium process on a persistent profile that this test launched itself and
 * reaches over CDP, so the test can SIGKILL it (a crash, a flat battery, a swiped-away
 * tab) and launch it again on the same profile.
 */
export class ProfileBrowser {
  private constructor(
    readonly process: ChildProcess,
    readonly browser: Browser,
    readonly log: LineLog,
  ) {}

  static async launch(executablePath: string, userDataDir: string): Promise<ProfileBrowser> {
    const port = await freePort();
    const log = new LineLog();
    const child = spawn(
      executablePath,
      [
        ...chromiumFlags,
        '--headless=new',
        `--remote-debugging-port=${port}`,
        '--remote-debugging-address=127.0.0.1',
        `--user-data-dir=${userDataDir}`,
        '--password-store=basic',
        '--no-default-browser-check',
        'about:blank',
      ],
      // Its own process group, so a kill takes the renderers and helpers with it.
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const wsEndpoint = await new Promise<string>((resolveEndpoint, reject) => {
      const timer = setTimeout(
        () => fail(new Error(`Chromium did not open DevTools within ${launchTimeoutMs} ms`)),
        launchTimeoutMs,
      );
      const fail = (error: Error): void => {
        clearTimeout(timer);
        signalGroup(child, 'SIGKILL');
        reject(new Error(`${error.message}\n--- chromium stderr ---\n${log.text()}`));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        fail(new Error(`Chromium exited during launch (code ${code}, signal ${signal})`));
      };
      child.once('exit', onExit);
      child.once('error', (error) => fail(error));
      // Keep draining stderr for the whole life of the process, or Chromium blocks on a full pipe.
      if (child.stderr) {
        createInterface({ input: child.stderr }).on('line', (line) => {
          log.push(line);
          const match = devToolsLine.exec(line);
          if (match?.[1] !== undefined) {
            clearTimeout(timer);
            child.off('exit', onExit);
            resolveEndpoint(match[1]);
          }
        });
      }
    });
    try {
      const browser = await chromium.connectOverCDP(wsEndpoint);
      return new ProfileBrowser(child, browser, log);
    } catch (error) {
      signalGroup(child, 'SIGKILL');
      throw error;
    }
  }

  /** The profile's default context: the one whose storage lives in the user data dir. */
  get context(): BrowserContext {
    const context = this.browser.contexts()[0];
    if (!context) throw new Error('Chromium over CDP has no default context');
    return context;
  }

  /** The first open tab, or a new one. */
  async page(): Promise<Page> {
    return this.context.pages()[0] ?? (await this.context.newPage());
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** SIGKILL to the whole browser process group: no unload, no flush, no goodbye. */
  async kill(): Promise<void> {
    signalGroup(this.process, 'SIGKILL');
    if (!(await waitForExit(this.process, 10_000))) {
      throw new Error('Chromium survived SIGKILL for 10 s');
    }
    // Renderers and helpers die a moment after the browser process; let them go first.
    if (!(await waitForGroupGone(this.process, 5_000))) {
      this.log.push('[e2e] some Chromium helper processes outlived SIGKILL by 5 s');
    }
    // The CDP socket is gone with the process; this only releases Playwright's side.
    await this.browser.close().catch(() => undefined);
  }

  /** A clean shutdown for the end of a test; falls back to SIGKILL. */
  async close(): Promise<void> {
    if (!this.alive) return;
    await this.browser.close().catch(() => undefined);
    // Closing a CDP connection does not end a browser we launched ourselves.
    signalGroup(this.process, 'SIGTERM');
    if (!(await waitForExit(this.process, 5_000))) signalGroup(this.process, 'SIGKILL');
    await waitForExit(this.process, 5_000);
    await waitForGroupGone(this.process, 5_000);
  }
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { ensureArtifactsDir } from './paths';
import { LineLog } from './process';

/**
 * Records console output of the pages it watches and, when the current test fails,
 * saves a screenshot of each page and the logs under the artifacts dir. With
 * TRIANGULATE_E2E_SCREENSHOTS=1 it also saves a screenshot at each milestone.
 */
export class FailureArtifacts {
  private readonly pages = new Map<string, Page>();
  private readonly console = new LineLog(600);
  private readonly logs = new Map<string, () => string>();

  constructor(private readonly journey: string) {
    onTestFailed(async () => {
      await this.save();
    });
  }

  /** Watches a page under a short name ("peer-a"); call again after a relaunch. */
  watch(name: string, page: Page): void {
    this.pages.set(name, page);
    page.on('console', (message) => this.console.push(`[${name}] ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => this.console.push(`[${name}] pageerror: ${error.message}`));
  }

  /** Adds a log (server output, browser stderr) to save on failure. */
  addLog(name: string, read: () => string): void {
    this.logs.set(name, read);
  }

  /** A screenshot of one page at a step of the journey, only with TRIANGULATE_E2E_SCREENSHOTS=1. */
  async milestone(step: string, page: Page): Promise<void> {
    if (process.env.TRIANGULATE_E2E_SCREENSHOTS !== '1') return;
    const path = join(ensureArtifactsDir(), `${this.journey}-${step}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`[e2e] ${path}`);
  }

  private async save(): Promise<void> {
    const dir = ensureArtifactsDir();
    const saved: string[] = [];
    for (const [name, page] of this.pages) {
      if (page.isClosed()) continue;
      const path = join(dir, `${this.journey}-${name}.png`);
      try {
        await page.screenshot({ path, fullPage: true, timeout: 5_000 });
        saved.push(path);
      } catch (error) {
        saved.push(`${path} (failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
    }
    const consolePath = join(dir, `${this.journey}-console.log`);
    writeFileSync(consolePath, this.console.text());
    saved.push(consolePath);
    for (const [name, read] of this.logs) {
      const path = join(dir, `${this.journey}-${name}.log`);
      writeFileSync(path, read());
      saved.push(path);
    }
    console.error(`[e2e] ${this.journey} failed; artifacts:\n  ${saved.join('\n  ')}`);
  }
}

import { chromium, type Browser } from 'playwright-core';

/** Flags for a quiet, deterministic Chromium in a container (root, no GPU, no Google services). */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A headless Chromium driven by playwright-core; each journey makes its own contexts. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumFlags] });
}

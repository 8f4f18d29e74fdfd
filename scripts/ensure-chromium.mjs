#!/usr/bin/env node
// Finds a Chromium for the end-to-end journeys, installing Debian's package when
// running as root on a machine that has none (a fresh CI machine). Prints the path it
// uses as its last line: `chromium: <path>`.
import { accessSync, constants } from 'node:fs';
import { aptInstallOrExit } from './aptInstall.mjs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p) => typeof p === 'string' && p.length > 0);

function findChromium() {
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not there or not executable: try the next candidate.
    }
  }
  return undefined;
}

let found = findChromium();
if (!found) {
  aptInstallOrExit('chromium', 'Chromium not found: run "sudo apt-get install -y chromium" or set CHROMIUM_PATH');
  found = findChromium();
  if (!found) {
    console.error('Chromium still not found after apt-get install; set CHROMIUM_PATH');
    process.exit(1);
  }
}
console.log(`chromium: ${found}`);

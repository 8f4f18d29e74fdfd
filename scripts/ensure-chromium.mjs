#!/usr/bin/env node
// Finds a Chromium for the end-to-end journeys, installing Debian's package when
// running as root on a machine that has none (a fresh CI machine). Prints the path it
// uses as its last line: `chromium: <path>`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

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

function run(command, args) {
  console.error(`$ ${command} ${args.join(' ')}`);
  // Output goes to stderr so stdout carries only the chosen path.
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium not found: run "sudo apt-get install -y chromium" or set CHROMIUM_PATH');
    process.exit(1);
  }
  console.error('Chromium not found: installing Debian package "chromium" with apt-get');
  try {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  } catch (error) {
    console.error(`Installing Chromium failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  found = findChromium();
  if (!found) {
    console.error('Chromium still not found after apt-get install; set CHROMIUM_PATH');
    process.exit(1);
  }
}
console.log(`chromium: ${found}`);

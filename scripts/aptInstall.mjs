// Installs a Debian package when a test run needs a tool the machine lacks (a fresh CI
// machine). Only as root; otherwise it says in one line how, and the caller stops.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  console.error(`$ ${command} ${args.join(' ')}`);
  // Output goes to stderr so a caller's stdout carries only its own answer.
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** apt-get installs `pkg` as root; exits 1 with `hint` when not root or when apt fails. */
export function aptInstallOrExit(pkg, hint) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(hint);
    process.exit(1);
  }
  console.error(`Installing Debian package "${pkg}" with apt-get`);
  try {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', pkg]);
  } catch (error) {
    console.error(`Installing ${pkg} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/e2e/support/../../..). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const serverEntry = join(repoRoot, 'dist/server/main.js');

/** Screenshots and logs of failed journeys; override with TRIANGULATE_E2E_ARTIFACTS. */
export const artifactsDir = resolve(
  process.env.TRIANGULATE_E2E_ARTIFACTS ?? join(tmpdir(), 'triangulate-e2e-artifacts'),
);

/** A fresh temporary directory whose name starts with `triangulate-<prefix>-`. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `triangulate-${prefix}-`));
}

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}

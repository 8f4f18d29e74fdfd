/** Variables vitest sets in its own process (and workers) that must not leak into a build or server. */
const vitestVariables = new Set(['TEST', 'VITEST', 'NODE_ENV', 'PROD', 'DEV', 'BASE_URL', 'MODE', 'SSR', 'FORCE_TTY']);

/**
 * The environment for a build or server started by the journeys: the caller's, less
 * what vitest added (NODE_ENV=test would make `vite build` ship React's development
 * build), as production: NODE_ENV=production, plus `extra`.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([name]) => !vitestVariables.has(name) && !name.startsWith('VITEST_'),
  );
  return { ...Object.fromEntries(kept), NODE_ENV: 'production', ...extra };
}

import { inject } from 'vitest';

declare module 'vitest' {
  /** What the e2e global setup hands to every journey. */
  export interface ProvidedContext {
    /** Absolute path of the Chromium executable that ensure-chromium chose. */
    chromiumPath: string;
    /** TRIANGULATE_BUILD_LABEL of the build under test (the "v1" of the update journey). */
    buildLabel: string;
    /** Where the global setup built that PWA (CLIENT_DIR for the server). */
    clientDir: string;
  }
}

export interface E2eContext {
  chromiumPath: string;
  buildLabel: string;
  clientDir: string;
}

/** Values from the global setup; fails loudly when a file runs without it. */
export function e2eContext(): E2eContext {
  const chromiumPath = inject('chromiumPath');
  const buildLabel = inject('buildLabel');
  const clientDir = inject('clientDir');
  if (!chromiumPath || !buildLabel || !clientDir) {
    throw new Error('e2e journeys need the global setup: run them with `npm run test:e2e`');
  }
  return { chromiumPath, buildLabel, clientDir };
}

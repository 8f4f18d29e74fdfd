import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor } from 'vite';
import { describe, expect, it } from 'vitest';
import { startClosure } from '../../scripts/startClosure';
import { startStepChunks, startStepsMetaName } from '../../scripts/startStepChunks';

/** A module graph as the bundler describes it: what each module imports, statically and by import(). */
const graph: Record<string, { isEntry?: boolean; importedIds: string[]; dynamicallyImportedIds: string[] }> = {
  'index.html': { isEntry: true, importedIds: ['main.tsx'], dynamicallyImportedIds: [] },
  'main.tsx': {
    importedIds: ['afterFirstPaint.ts', 'styles.css'],
    dynamicallyImportedIds: ['react-dom', 'db.ts', 'startApp.tsx'],
  },
  'afterFirstPaint.ts': { importedIds: [], dynamicallyImportedIds: [] },
  'styles.css': { importedIds: [], dynamicallyImportedIds: [] },
  'react-dom': { importedIds: ['react'], dynamicallyImportedIds: [] },
  react: { importedIds: [], dynamicallyImportedIds: [] },
  'db.ts': { importedIds: ['dexie', 'schemas.ts'], dynamicallyImportedIds: [] },
  dexie: { importedIds: [], dynamicallyImportedIds: [] },
  'schemas.ts': { importedIds: [], dynamicallyImportedIds: [] },
  'startApp.tsx': { importedIds: ['App.tsx', 'db.ts', 'react-dom'], dynamicallyImportedIds: [] },
  'App.tsx': { importedIds: ['react'], dynamicallyImportedIds: ['OutputsPage.tsx'] },
  'OutputsPage.tsx': { importedIds: ['pptxgenjs', 'schemas.ts'], dynamicallyImportedIds: [] },
  pptxgenjs: { importedIds: [], dynamicallyImportedIds: [] },
};
const staticImports = (id: string) => graph[id]?.importedIds ?? [];
const dynamicImports = (id: string) => graph[id]?.dynamicallyImportedIds ?? [];

/** Runs the plugin's buildEnd as the bundler would, on the graph above. */
function chunkNames(): Record<string, string | null> {
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) => graph[id] ?? null,
  };
  const buildEnd = startStepChunks.plugin.buildEnd as unknown as (this: typeof context) => void;
  buildEnd.call(context);
  return Object.fromEntries(Object.keys(graph).map((id) => [id, startStepChunks.group.name(id)]));
}

describe("the start's steps as chunks", () => {
  it('puts each step and what it first needs in one chunk, in the order main.tsx runs them', () => {
    expect(chunkNames()).toEqual({
      'index.html': null,
      'main.tsx': null,
      'afterFirstPaint.ts': null,
      'styles.css': null,
      'react-dom': 'start-step-1',
      react: 'start-step-1',
      'db.ts': 'start-step-2',
      dexie: 'start-step-2',
      'schemas.ts': 'start-step-2',
      'startApp.tsx': 'start-step-3',
      'App.tsx': 'start-step-3',
      // A screen loaded later, and its libraries, are left to the bundler.
      'OutputsPage.tsx': null,
      pptxgenjs: null,
    });
  });

  it('counts the steps, not the screens loaded later, as what the app runs at start', () => {
    expect([...startClosure(['index.html'], staticImports, dynamicImports)].sort()).toEqual(
      [
        'index.html',
        'main.tsx',
        'afterFirstPaint.ts',
        'styles.css',
        'react-dom',
        'react',
        'db.ts',
        'dexie',
        'schemas.ts',
        'startApp.tsx',
        'App.tsx',
      ].sort(),
    );
  });

  it('knows the steps’ files by name, so they are not preloaded beside each other', () => {
    expect(startStepChunks.isStep('assets/start-step-2-B99sGYkm.js')).toBe(true);
    expect(startStepChunks.isStep('assets/OutputsPage-DtU8NK5t.js')).toBe(false);
  });

  it('names the steps’ chunks in index.html, in order, where main.tsx asks for them', () => {
    const files = [
      'assets/start-step-2-B9.js',
      'assets/App-x1.js',
      'assets/start-step-10-Q.js',
      'assets/start-step-1-DA.js',
    ];
    const bundle = Object.fromEntries(files.map((fileName) => [fileName, { fileName }]));
    const handler = startStepChunks.plugin.transformIndexHtml.handler as unknown as (
      html: string,
      context: { bundle: object },
    ) => HtmlTagDescriptor[];
    expect(handler('', { bundle })).toEqual([
      {
        tag: 'meta',
        attrs: {
          name: startStepsMetaName,
          content: '/assets/start-step-1-DA.js /assets/start-step-2-B9.js /assets/start-step-10-Q.js',
        },
      },
    ]);
    const main = readFileSync(new URL('../../src/client/app/main.tsx', import.meta.url), 'utf8');
    expect(main).toContain(`meta[name="${startStepsMetaName}"]`);
  });
});

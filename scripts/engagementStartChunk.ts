import path from 'node:path';
import type { Plugin } from 'vite';
import { startClosure, staticClosure } from './startClosure';

/**
 * The screens an engagement's address can open on (app/startScreenLoaders.ts). What they
 * need beyond the entry goes into ONE chunk: left to itself the bundler splits it into
 * about twenty small shared chunks, and a slow tablet opening a session offline then
 * fetched, compiled and linked each in turn after the entry (bench/RESULTS.md, issue 10).
 * Not what the start page needs too: it stays as small as it was (Lighthouse runs on it).
 */
const startPage = path.resolve(import.meta.dirname, '..', 'src/client/features/home/HomePage.tsx');
const startScreens = [
  'src/client/app/EngagementShell.tsx',
  'src/client/features/timetable/EngagementHomePage.tsx',
  'src/client/features/capture/SessionPage.tsx',
  'src/client/features/timetable/TodayPage.tsx',
  'src/client/features/timetable/TimetablePage.tsx',
].map((file) => path.resolve(import.meta.dirname, '..', file));

let startOnly = new Set<string>();

export const engagementStartChunk = {
  /** Finds, once the module graph is built, what the start screens need that neither the entry nor the start page holds. */
  plugin: {
    name: 'triangulate-engagement-start-chunk',
    apply: 'build',
    buildEnd() {
      const importedIds = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const ids = [...this.getModuleIds()];
      const initial = startClosure(
        ids.filter((id) => this.getModuleInfo(id)?.isEntry),
        importedIds,
        (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [],
      );
      const start = staticClosure(
        startScreens.filter((id) => ids.includes(id)),
        importedIds,
      );
      const startPageNeeds = staticClosure(ids.includes(startPage) ? [startPage] : [], importedIds);
      startOnly = new Set([...start].filter((id) => !initial.has(id) && !startPageNeeds.has(id)));
    },
  } satisfies Plugin,
  /** The chunk: exactly those modules (their dependencies are in it, the entry or the start page's chunks). */
  group: {
    name: 'engagement-start',
    test: (id: string) => startOnly.has(id),
    includeDependenciesRecursively: false,
  },
};

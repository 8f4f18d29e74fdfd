import type { Plugin } from 'vite';
import { engagementStartChunk } from './engagementStartChunk';
import { startClosure, staticClosure } from './startClosure';

/** V8's explicit compile hint (Chrome 136+): as the file is streamed, every function in it is compiled on a background thread. */
const allFunctionsCalledOnLoad = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the chunks a start runs for V8 to compile whole as they load: the entry, the
 * start's steps and what they import (scripts/startClosure.ts), and an engagement's start
 * screens and what they import. Left to itself V8
 * compiles a function on the page's thread the first time it is called, and on a slow
 * tablet opening a session that was most of the entry's evaluation and of the first
 * render (bench/RESULTS.md, issue 10). Other browsers read the hint as a comment.
 */
export const compileHints = {
  name: 'triangulate-compile-hints',
  apply: 'build',
  // After Vite's own rewriting (the preload map it puts at the top of the entry): the hint must come first.
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
      );
      const staticImports = (fileName: string) => chunks.get(fileName)?.imports ?? [];
      const roots = [...chunks.values()];
      const atStart = new Set([
        ...startClosure(
          roots.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
          staticImports,
          (fileName) => chunks.get(fileName)?.dynamicImports ?? [],
        ),
        ...staticClosure(
          roots.filter((chunk) => chunk.name === engagementStartChunk.group.name).map((chunk) => chunk.fileName),
          staticImports,
        ),
      ]);
      for (const fileName of atStart) {
        const chunk = chunks.get(fileName);
        if (chunk) chunk.code = allFunctionsCalledOnLoad + chunk.code;
      }
    },
  },
} satisfies Plugin;

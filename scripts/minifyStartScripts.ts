import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify, type Plugin } from 'vite';

/** Classic scripts index.html runs before the app's own, kept readable in public/. */
const startScripts = ['early-note.js', 'zod-jitless.js'];

/**
 * Minifies the classic scripts a start loads beside the app's bundle. Vite copies public/
 * as it is; these count in the initial JavaScript (bench/bundleSize.mjs). Done as the
 * bundle is written, before the service worker's precache list is made from the files.
 */
export const minifyStartScripts = {
  name: 'triangulate-minify-start-scripts',
  apply: 'build',
  async writeBundle(options) {
    const outDir = options.dir ?? 'dist/client';
    for (const name of startScripts) {
      const file = path.join(outDir, name);
      const { code, errors } = await minify(name, await readFile(file, 'utf8'), { compress: true, mangle: true });
      if (errors.length > 0) throw new Error(`${name}: ${errors.map((error) => error.message).join('; ')}`);
      await writeFile(file, code);
    }
  },
} satisfies Plugin;

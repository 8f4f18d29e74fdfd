// Bundles the server into one ES module. Packages stay external: better-sqlite3 is a
// native addon and the rest are installed beside it, so the bundle holds only our code.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist/server/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('Server built: dist/server/main.js');

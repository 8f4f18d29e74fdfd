// Bundles the server, and the admin command line, into ES modules. Packages stay
// external: better-sqlite3 is a native addon and the rest are installed beside it, so
// the bundles hold only our code. `--quiet` (used by `npm run admin`) prints nothing.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/server/main.ts', admin: 'src/server/admin.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--quiet')) console.log('Server built: dist/server/main.js, dist/server/admin.js');

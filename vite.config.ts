import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './scripts/compileHints';
import { engagementStartChunk } from './scripts/engagementStartChunk';
import { minifyStartScripts } from './scripts/minifyStartScripts';
import { startStepChunks } from './scripts/startStepChunks';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Shown in the footer; CI builds a second labelled version to test the update prompt. */
const appVersion = process.env.TRIANGULATE_BUILD_LABEL ?? packageJson.version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  build: {
    outDir: process.env.TRIANGULATE_CLIENT_OUT ?? 'dist/client',
    emptyOutDir: true,
    // Every browser the app supports (Chromium, Safari 17+, Firefox 115+) preloads modules itself.
    modulePreload: {
      polyfill: false,
      // app/main.tsx asks for all the start's steps at once: nothing to preload beside each.
      resolveDependencies: (file, deps) => (startStepChunks.isStep(file) ? [] : deps),
    },
    rolldownOptions: { output: { codeSplitting: { groups: [startStepChunks.group, engagementStartChunk.group] } } },
  },
  resolve: {
    alias: [
      // Dexie's own ES module build, for the browsers the app supports (Chromium, Safari 17+,
      // Firefox 115+), in place of the wrapper around its ES5 build that the package names:
      // the same version and source, 1.8 kB gzip less at start (bench/bundleSize.mjs). Every
      // importer (dexie-react-hooks too) gets it, so there is one Dexie; vitest.config.ts too.
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // react-router's package exports name only its development build (dev warnings on,
      // their messages shipped); its production build is the same code with them off.
      {
        find: /^react-router$/,
        replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
      },
    ],
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
  plugins: [
    startStepChunks.plugin,
    engagementStartChunk.plugin,
    compileHints,
    minifyStartScripts,
    react(),
    VitePWA({
      // A new version waits for the person's yes: never a reload under an unsaved edit.
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Triangulate',
        short_name: 'Triangulate',
        description: 'Field notes and findings for peer challenge teams',
        theme_color: '#0b5563',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Opens IndexedDB as the worker starts, while the page loads (public/open-database-early.js).
        importScripts: ['open-database-early.js'],
      },
    }),
  ],
});

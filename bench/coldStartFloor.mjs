// The floor under the cold start: the least any page built on the app's fixed parts can
// do before a text box has focus. One page, bundled by esbuild from the same
// node_modules and the app's own record schemas: React 19 and react-dom, Dexie 4, zod 4
// with every record schema; it opens an IndexedDB database, reads one row, parses a
// new note with the note schema, puts it, renders a text box and focuses it. No router,
// no service worker, no sync, no screens. Served by a tiny HTTP server on 127.0.0.1 and
// timed the same way as the app's cold start, in runs alternating with the app's.
import { createServer } from 'node:http';
import { build } from 'vite';
import { freePort } from './lib/freePort.mjs';
import { repoRoot } from './lib/paths.mjs';

const entry = `
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie from 'dexie';
import { recordSchemas } from '/src/domain/records/recordTypes';

const db = new Dexie('cold-start-floor');
db.version(1).stores({ note: 'id, engagementId, [engagementId+sessionId]', deviceIdentity: 'engagementId' });
const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';

function Floor() {
  const [note, setNote] = useState(null);
  useEffect(() => {
    db.deviceIdentity.get(engagementId).then(async () => {
      const now = new Date().toISOString();
      const parsed = recordSchemas.note.parse({
        id: crypto.randomUUID(), engagementId, rev: 0, updatedAt: now, deleted: false, conflicts: [],
        sessionId: crypto.randomUUID(), text: '', evidenceType: 'heard', themeIds: [], scopeQuestionIds: [],
        stance: 'neutral', isQuote: false, authorId: crypto.randomUUID(), createdAt: now, documentReference: '', photoIds: [],
      });
      await db.note.put(parsed);
      setNote(parsed);
    });
  }, []);
  return createElement('main', null,
    createElement('h1', null, 'Floor'),
    note ? createElement('textarea', { 'aria-label': 'Note text', autoFocus: true, defaultValue: note.text }) : null);
}
createRoot(document.getElementById('root')).render(createElement(Floor));
`;

/** The floor page's script, built by Vite (Rolldown) as the app's own is: same shaking, same minifier. */
async function floorBundle() {
  const virtualId = '\0cold-start-floor';
  const output = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'cold-start-floor-entry',
        resolveId: (id) => (id === 'cold-start-floor' ? virtualId : undefined),
        load: (id) => (id === virtualId ? entry : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: 'cold-start-floor', output: { codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item) => item.type === 'chunk');
  return chunks.map((chunk) => chunk.code).join('\n');
}

/** Starts the floor page's server; returns its URL, the bundle's size and a stop function. */
export async function startFloorServer() {
  const script = await floorBundle();
  const html =
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="/floor.js"></script></head><body><div id="root"></div></body></html>';
  const port = await freePort();
  const server = createServer((request, response) => {
    // Cached like the app's precache: the relaunched browser takes both from its disk.
    const headers = { 'cache-control': 'max-age=86400' };
    if (request.url === '/floor.js')
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(html);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    scriptBytes: Buffer.byteLength(script),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

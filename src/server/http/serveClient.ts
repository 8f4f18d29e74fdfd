import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import { contentTypeOf } from './contentTypes';

/** Hashed by vite: a changed file gets a new name, so a year's cache is safe. */
const immutable = 'public, max-age=31536000, immutable';
/**
 * Everything else (index.html, sw.js, registerSW.js, manifest.webmanifest, icons) must
 * be revalidated, or a stale service worker keeps an old app alive.
 */
const revalidate = 'no-cache';

type Found = { file: string; size: number; mtimeMs: number };

/** Text files shrink to a third or less: on a slow link that is most of the start's wait. */
const compressible = /\.(?:js|mjs|css|html|svg|webmanifest|json|txt)$/;
const gzipAsync = promisify(gzip);
/** Each file gzipped once (the build never changes under a running server; a new one has new mtimes). */
const gzipped = new Map<string, { version: string; body: Promise<Buffer> }>();

function gzippedCopy(found: Found, version: string): Promise<Buffer> {
  const cached = gzipped.get(found.file);
  if (cached?.version === version) return cached.body;
  const body = readFile(found.file).then((bytes) => gzipAsync(bytes, { level: 9 }));
  // A failed read is not kept: the next request tries again.
  body.catch(() => gzipped.delete(found.file));
  gzipped.set(found.file, { version, body });
  return body;
}

const acceptsGzip = (c: Context) => /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');

/** The file under root that the URL path names, or undefined; never a path outside root. */
async function findFile(root: string, urlPath: string): Promise<Found | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? { file, size: info.size, mtimeMs: info.mtimeMs } : undefined;
}

/** A missing asset or file with an extension is a real 404, not an app route. */
function looksLikeFile(urlPath: string): boolean {
  return urlPath.startsWith('/assets/') || /\.[A-Za-z0-9]+$/.test(urlPath);
}

async function sendFile(c: Context, found: Found, cacheControl: string): Promise<Response> {
  const version = `${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}`;
  const zip = compressible.test(found.file);
  const zipped = zip && acceptsGzip(c);
  const etag = zipped ? `W/"${version}-gz"` : `W/"${version}"`;
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(found.file),
    'Cache-Control': cacheControl,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (zip) headers.Vary = 'Accept-Encoding';
  if (zipped) headers['Content-Encoding'] = 'gzip';
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
  const body = zipped ? await gzippedCopy(found, version) : await readFile(found.file);
  return c.body(new Uint8Array(body), 200, headers);
}

/**
 * Serves the built PWA: real files as themselves, any other path as index.html so
 * the client's router handles routes such as /join/abc after a reload.
 */
export function serveClient(clientDir: string) {
  const root = path.resolve(clientDir);
  return async (c: Context): Promise<Response> => {
    const urlPath = new URL(c.req.url).pathname;
    const found = await findFile(root, urlPath);
    if (found) return sendFile(c, found, urlPath.startsWith('/assets/') ? immutable : revalidate);
    if (looksLikeFile(urlPath)) return c.text('Not found', 404, { 'Cache-Control': revalidate });
    const index = await findFile(root, '/index.html');
    if (!index) return c.text('The app has not been built: run `npm run build`.', 503);
    return sendFile(c, index, revalidate);
  };
}

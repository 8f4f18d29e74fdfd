import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/call';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the PWA', () => {
  it.each(['/', '/join/abc', '/engagements/x/sessions/y'])('serves index.html for the app route %s', async (route) => {
    const reply = await call(t.app, 'GET', route);
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<div id="root">');
    expect(reply.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(reply.headers.get('Cache-Control')).toBe('no-cache');
  });

  it.each([
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/registerSW.js', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('makes the browser revalidate %s', async (file, type) => {
    const reply = await call(t.app, 'GET', file);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toBe(type);
    expect(reply.headers.get('Cache-Control')).toBe('no-cache');
  });

  it.each([
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc123.css', 'text/css; charset=utf-8'],
  ])('caches hashed %s for a year', async (file, type) => {
    const reply = await call(t.app, 'GET', file);
    expect(reply.headers.get('Content-Type')).toBe(type);
    expect(reply.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves svg with its type', async () => {
    const reply = await call(t.app, 'GET', '/favicon.svg');
    expect(reply.headers.get('Content-Type')).toBe('image/svg+xml');
  });

  it('answers a missing asset with 404, not the app', async () => {
    expect((await call(t.app, 'GET', '/assets/gone-123.js')).status).toBe(404);
    expect((await call(t.app, 'GET', '/gone.png')).status).toBe(404);
  });

  // Lighthouse on slow 4G: the app's JavaScript uncompressed took seconds (issue 10, point 12).
  it.each(['/assets/index-abc123.js', '/assets/index-abc123.css', '/', '/sw.js'])(
    'sends %s gzipped to a browser that accepts it, and plain to one that does not',
    async (file) => {
      const plain = await t.app.request(file);
      expect(plain.headers.get('Content-Encoding')).toBeNull();
      const zipped = await t.app.request(file, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
      expect(zipped.headers.get('Vary')).toBe('Accept-Encoding');
      expect(zipped.headers.get('Content-Type')).toBe(plain.headers.get('Content-Type'));
      expect(zipped.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
      const unzipped = gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8');
      expect(unzipped).toBe(await plain.text());
    },
  );

  it('does not gzip what is compressed already', async () => {
    writeFileSync(path.join(t.clientDir, 'icon.png'), new Uint8Array(400).fill(7));
    const reply = await t.app.request('/icon.png', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Encoding')).toBeNull();
  });

  it('answers 304 when the ETag matches', async () => {
    const first = await call(t.app, 'GET', '/sw.js');
    const etag = first.headers.get('ETag') ?? '';
    const again = await call(t.app, 'GET', '/sw.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%5c..%5csecret.txt',
  ])('never serves a file outside the client folder: %s', async (attack) => {
    const reply = await call(t.app, 'GET', attack);
    expect(reply.text).not.toContain('outside the client folder');
  });
});

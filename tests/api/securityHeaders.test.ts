import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { createApp } from '../../src/server/http/createApp';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { jpeg, png } from './support/images';
import { teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let lead: JoinResponse;
beforeAll(async () => {
  t = await startTestApp();
  lead = await joinAs(t, 'lead peer');
});
afterAll(async () => {
  await t.close();
});

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) parsed.set(name, values);
  }
  return parsed;
}

const everyAnswer = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

describe('security headers', () => {
  it.each(['/', '/join/abc', '/index.html', '/sw.js', '/assets/index-abc123.js'])(
    'the app at %s allows no inline script and no framing',
    async (route) => {
      const reply = await call(t.app, 'GET', route);
      expect(reply.status).toBe(200);
      const policy = directives(reply.headers.get('Content-Security-Policy'));
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('worker-src')).toEqual(["'self'"]);
      for (const [name, value] of Object.entries(everyAnswer)) expect(reply.headers.get(name)).toBe(value);
      expect(reply.headers.get('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\)/);
    },
  );

  it('API answers carry nosniff, no-referrer and a policy that loads nothing, errors included', async () => {
    for (const reply of [
      await call(t.app, 'GET', '/api/health'),
      await call(t.app, 'GET', `/api/engagements/${t.demo.engagementId}/pull?since=0`, { token: 'not-a-token' }),
      await call(t.app, 'GET', '/api/nowhere'),
    ]) {
      for (const [name, value] of Object.entries(everyAnswer)) expect(reply.headers.get(name)).toBe(value);
      const policy = directives(reply.headers.get('Content-Security-Policy'));
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it('sends HSTS only when the public address is https', async () => {
    expect((await call(t.app, 'GET', '/')).headers.get('Strict-Transport-Security')).toBeNull();
    const plain = createApp({ storage: t.storage, clientDir: t.clientDir, publicUrl: 'http://laptop.local:8787' });
    expect((await call(plain, 'GET', '/api/health')).headers.get('Strict-Transport-Security')).toBeNull();
    const secure = createApp({
      storage: t.storage,
      clientDir: t.clientDir,
      publicUrl: 'https://triangulate.example.org',
    });
    for (const route of ['/', '/api/health']) {
      const reply = await call(secure, 'GET', route);
      expect(reply.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    }
  });

  it('serves a photo inline under a file name, sandboxed so its bytes can never run as a page', async () => {
    for (const [bytes, extension] of [
      [jpeg(), 'jpg'],
      [png(), 'png'],
    ] as const) {
      const id = randomUUID();
      const path = teamPath(t, `photos/${id}`);
      expect((await call(t.app, 'PUT', path, { token: lead.deviceToken, bytes })).status).toBe(200);
      const reply = await t.app.request(path, { headers: { Authorization: `Bearer ${lead.deviceToken}` } });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('Content-Disposition')).toBe(`inline; filename="photo-${id}.${extension}"`);
      const policy = directives(reply.headers.get('Content-Security-Policy'));
      expect(policy.has('sandbox')).toBe(true);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(reply.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinAttemptsPerMinute } from '../../src/server/http/joinRateLimit';
import { call, errorOf, fromAddress } from './support/call';
import { codeFor } from './support/devices';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let clock = Date.now();
beforeEach(async () => {
  clock = Date.now();
  t = await startTestApp({ now: () => new Date(clock) });
});
afterEach(async () => {
  await t.close();
});

const attempt = (address: string, code = 'wrong-code-0000') =>
  call(t.app, 'POST', '/api/join', { body: { code }, env: fromAddress(address) });

describe('join rate limit', () => {
  it('allows 10 attempts a minute per address, then answers 429 with Retry-After', async () => {
    for (let index = 0; index < joinAttemptsPerMinute; index += 1)
      expect((await attempt('203.0.113.7')).status).toBe(400);
    const refused = await attempt('203.0.113.7', codeFor(t, 'lead peer'));
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('rate_limited');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
    // Another address is not affected, and the same one may try again a minute later.
    expect((await attempt('198.51.100.2')).status).toBe(400);
    clock += 60_000;
    expect((await attempt('203.0.113.7', codeFor(t, 'lead peer'))).status).toBe(200);
  });

  it('counts malformed attempts too', async () => {
    for (let index = 0; index < joinAttemptsPerMinute; index += 1) {
      await call(t.app, 'POST', '/api/join', { rawBody: '{', env: fromAddress('192.0.2.1') });
    }
    expect((await attempt('192.0.2.1')).status).toBe(429);
  });
});

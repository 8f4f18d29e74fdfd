import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/server/config';
import { clientAddress } from '../../src/server/http/clientAddress';
import { createApp } from '../../src/server/http/createApp';
import { joinAttemptsPerMinute } from '../../src/server/http/joinRateLimit';
import { trustedProxyCheck } from '../../src/server/http/trustedProxies';
import { call, fromAddress } from './support/call';
import { startTestApp, type TestApp } from './support/testApp';

describe('TRUSTED_PROXIES', () => {
  it('reads addresses and CIDR ranges, IPv4 and IPv6, separated by commas or spaces', () => {
    const parsed = parseConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, 192.168.1.10  FD00::/8,::1' }, '/srv');
    expect(parsed).toMatchObject({
      ok: true,
      config: { trustedProxies: ['10.0.0.0/8', '192.168.1.10', 'fd00::/8', '::1'] },
    });
    expect(parseConfig({}, '/srv')).toMatchObject({ ok: true, config: { trustedProxies: [] } });
    expect(parseConfig({ TRUSTED_PROXIES: '' }, '/srv')).toMatchObject({ ok: true, config: { trustedProxies: [] } });
  });

  it.each([
    'proxy.internal',
    '10.0.0.0/33',
    'fd00::/129',
    '10.0.0.1:8080',
    '[::1]',
    '10.0.0.0/8/1',
    '10.0.0.0/',
    '10.0.0.0/x',
  ])('refuses %s with one line naming the setting', (value) => {
    const parsed = parseConfig({ TRUSTED_PROXIES: `10.0.0.1, ${value}` }, '/srv');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/^Invalid configuration: TRUSTED_PROXIES: ".+" is not an IP address or range/);
    expect(parsed.message).not.toContain('\n');
  });
});

describe('the client address', () => {
  const probe = new Hono().get('/', (c) => c.text(clientAddress(c, trustedProxyCheck(['10.0.0.0/8', 'fd00::/8']))));
  const addressOf = async (peer: string, forwardedFor?: string) => {
    const headers: Record<string, string> = forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor };
    return (await probe.request('/', { headers }, fromAddress(peer))).text();
  };

  it('is the peer unless the peer is a trusted proxy', async () => {
    expect(await addressOf('198.51.100.4', '203.0.113.9')).toBe('198.51.100.4');
    expect(await addressOf('10.1.2.3', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('::ffff:10.1.2.3', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('fd00::5', '2001:db8::7')).toBe('2001:db8::7');
    expect(await addressOf('10.1.2.3')).toBe('10.1.2.3');
  });

  it('reads X-Forwarded-For from the right, past trusted proxies only', async () => {
    // What the client wrote itself (the left) is never believed over what a proxy saw.
    expect(await addressOf('10.1.2.3', '6.6.6.6, 203.0.113.9, 10.9.9.9')).toBe('203.0.113.9');
    expect(await addressOf('10.1.2.3', '203.0.113.9:5123, 10.9.9.9')).toBe('203.0.113.9');
    expect(await addressOf('10.1.2.3', '10.7.7.7, 10.9.9.9')).toBe('10.7.7.7');
    // Something that is not an address, written by a trusted proxy: that proxy is the client.
    expect(await addressOf('10.1.2.3', '203.0.113.9, nonsense, 10.9.9.9')).toBe('10.9.9.9');
  });
});

describe('the join rate limit behind a proxy', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('counts each forwarded client on its own from a trusted proxy, and the peer otherwise', async () => {
    const app = createApp({ storage: t.storage, clientDir: t.clientDir, trustedProxies: ['10.0.0.0/8'] });
    const attempt = (peer: string, forwardedFor: string) =>
      call(app, 'POST', '/api/join', {
        body: { code: 'wrong-code-0000' },
        headers: { 'X-Forwarded-For': forwardedFor },
        env: fromAddress(peer),
      });
    for (let index = 0; index < joinAttemptsPerMinute; index += 1)
      expect((await attempt('10.0.0.2', '203.0.113.9')).status).toBe(400);
    expect((await attempt('10.0.0.2', '203.0.113.9')).status).toBe(429);
    // Another client behind the same proxy, even through another proxy of the list.
    expect((await attempt('10.0.0.3', '198.51.100.20')).status).toBe(400);
    // An untrusted peer cannot pick a fresh address per try.
    for (let index = 0; index < joinAttemptsPerMinute; index += 1)
      expect((await attempt('192.0.2.50', `203.0.113.${index + 100}`)).status).toBe(400);
    expect((await attempt('192.0.2.50', '203.0.113.250')).status).toBe(429);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, errorOf } from './support/call';
import { codeFor, joinAs } from './support/devices';
import { pull } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('POST /api/join', () => {
  it('trades a demo link for a device token that can pull the engagement', async () => {
    const joined = await joinAs(t, 'lead peer');
    expect(joined).toMatchObject({ engagementId: t.demo.engagementId, role: 'peer', displayName: 'David Okafor' });
    expect(joined.deviceToken.length).toBeGreaterThanOrEqual(40);
    const page = await pull(t, joined);
    expect(page.changes.length).toBeGreaterThan(0);
  });

  it('gives the challenge manager the manager role', async () => {
    const joined = await joinAs(t, 'challenge manager');
    expect(joined.role).toBe('manager');
  });

  it('refuses a code used once already, naming the field', async () => {
    await joinAs(t, 'officer peer');
    const again = await call(t.app, 'POST', '/api/join', { body: { code: codeFor(t, 'officer peer') } });
    expect(again.status).toBe(400);
    expect(errorOf(again)).toMatchObject({ code: 'bad_request', field: 'code' });
    expect(errorOf(again).message).toMatch(/not valid/);
  });

  it('refuses an unknown code the same way', async () => {
    const reply = await call(t.app, 'POST', '/api/join', { body: { code: 'abcdefghijklmnop' } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'code' });
  });

  it('refuses a body without a code', async () => {
    const reply = await call(t.app, 'POST', '/api/join', { body: { invite: 'x' } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'code' });
  });

  it('refuses a code that is not a string', async () => {
    const reply = await call(t.app, 'POST', '/api/join', { body: { code: 12345678 } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).field).toBe('code');
  });
});

describe('invite expiry', () => {
  let later: TestApp;
  afterEach(async () => {
    await later.close();
  });

  it('refuses a code after its 14 days', async () => {
    const fifteenDays = 15 * 24 * 60 * 60 * 1000;
    later = await startTestApp({ now: () => new Date(Date.now() + fifteenDays) });
    const reply = await call(later.app, 'POST', '/api/join', { body: { code: codeFor(later, 'lead peer') } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'code' });
  });

  it('accepts it on day 13', async () => {
    const thirteenDays = 13 * 24 * 60 * 60 * 1000;
    later = await startTestApp({ now: () => new Date(Date.now() + thirteenDays) });
    const reply = await call(later.app, 'POST', '/api/join', { body: { code: codeFor(later, 'lead peer') } });
    expect(reply.status).toBe(200);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { protocolVersion, schemaVersion, type JoinResponse } from '../../src/domain/sync/protocol';
import { createApp } from '../../src/server/http/createApp';
import type { Storage } from '../../src/server/storage/storage';
import { call, errorOf, stackLine } from './support/call';
import { captureLog } from './support/captureLog';
import { joinAs } from './support/devices';
import { newNote, pushBody, remove } from './support/mutations';
import { push } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let lead: JoinResponse;
beforeEach(async () => {
  t = await startTestApp();
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

const pullPath = () => `/api/engagements/${t.demo.engagementId}/pull?since=0`;
const pushPath = () => `/api/engagements/${t.demo.engagementId}/push`;

describe('authentication', () => {
  it('answers 401 without a token', async () => {
    const reply = await call(t.app, 'GET', pullPath());
    expect(reply.status).toBe(401);
    expect(errorOf(reply).code).toBe('unauthorized');
  });

  it('answers 401 for an unknown token', async () => {
    const reply = await call(t.app, 'GET', pullPath(), { token: 'x'.repeat(43) });
    expect(reply.status).toBe(401);
  });

  it('answers 401 for a scheme other than Bearer', async () => {
    const reply = await call(t.app, 'GET', pullPath(), { headers: { Authorization: `Basic ${lead.deviceToken}` } });
    expect(reply.status).toBe(401);
  });

  it('answers 401 once the member has been deleted by the manager', async () => {
    const manager = await joinAs(t, 'challenge manager');
    await push(t, manager, [remove(1, 'member', lead.memberId)]);
    const reply = await call(t.app, 'GET', pullPath(), { token: lead.deviceToken });
    expect(reply.status).toBe(401);
  });
});

describe('bodies', () => {
  it('answers 400 for invalid JSON', async () => {
    const reply = await call(t.app, 'POST', pushPath(), { token: lead.deviceToken, rawBody: '{"mutations": [' });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', message: 'The body is not valid JSON.' });
  });

  it('answers 415 for a body that is not labelled JSON', async () => {
    const reply = await call(t.app, 'POST', pushPath(), {
      token: lead.deviceToken,
      rawBody: JSON.stringify(pushBody([newNote(1)])),
      contentType: 'text/plain',
    });
    expect(reply.status).toBe(415);
    expect(errorOf(reply).code).toBe('unsupported_media_type');
  });

  it('accepts JSON with a charset', async () => {
    const reply = await call(t.app, 'POST', pushPath(), {
      token: lead.deviceToken,
      rawBody: JSON.stringify(pushBody([newNote(1)])),
      contentType: 'application/json; charset=utf-8',
    });
    expect(reply.status).toBe(200);
  });

  it('answers 413 for a body over 5 MB', async () => {
    const huge = JSON.stringify(pushBody([newNote(1, { changes: { text: 'x'.repeat(6 * 1024 * 1024) } })]));
    const reply = await call(t.app, 'POST', pushPath(), { token: lead.deviceToken, rawBody: huge });
    expect(reply.status).toBe(413);
    expect(errorOf(reply).code).toBe('payload_too_large');
  });

  it('answers 413 from the declared length too', async () => {
    const huge = 'x'.repeat(6 * 1024 * 1024);
    const reply = await call(t.app, 'POST', '/api/join', {
      rawBody: huge,
      headers: { 'Content-Length': String(huge.length) },
    });
    expect(reply.status).toBe(413);
  });
});

describe('routes', () => {
  it('answers GET /api/health with the versions', async () => {
    const reply = await call(t.app, 'GET', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ok: true, protocolVersion, schemaVersion });
    expect(reply.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const reply = await call(t.app, 'GET', '/api/nothing-here');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('not_found');
  });

  it('answers a known path with the wrong method with a JSON 404', async () => {
    const reply = await call(t.app, 'GET', '/api/join');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('not_found');
  });
});

describe('unexpected failures', () => {
  it('answers 500 with a plain message and logs the stack to the server log only', async () => {
    const broken: Storage = {
      findSignedIn: () => Promise.reject(new Error('disk on fire')),
      readChanges: () => Promise.reject(new Error('disk on fire')),
      read: () => Promise.reject(new Error('disk on fire')),
      transaction: () => Promise.reject(new Error('disk on fire')),
      close: () => Promise.resolve(),
    };
    const log = captureLog();
    const app = createApp({ storage: broken, clientDir: t.clientDir, logger: log.logger });
    const join = await call(app, 'POST', '/api/join', { body: { code: 'abcdefghijkl' } });
    const pull = await call(app, 'GET', pullPath(), { token: lead.deviceToken });
    for (const reply of [join, pull]) {
      expect(reply.status).toBe(500);
      expect(errorOf(reply).code).toBe('internal');
      expect(reply.text).not.toContain('disk on fire');
    }
    const errors = log.entries().filter((entry) => entry.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ msg: 'unexpected error', error: { type: 'Error' } });
    expect(JSON.stringify(errors[0])).toMatch(stackLine);
  });
});

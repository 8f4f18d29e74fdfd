import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinResponseSchema, type JoinResponse } from '../../src/domain/sync/protocol';
import { createInviteResponseSchema } from '../../src/domain/sync/teamApi';
import { createApp } from '../../src/server/http/createApp';
import type { Storage } from '../../src/server/storage/storage';
import { call, stackLine, type CallOptions } from './support/call';
import { captureLog, type CapturedLog } from './support/captureLog';
import { codeFor } from './support/devices';
import { edit, newNote, pushBody } from './support/mutations';
import { startTestApp, type TestApp } from './support/testApp';

// Words and secrets no log line may hold, each made distinctive so a hit is certain.
const noteText = 'Quokka-4417 said the housing backlog is hidden from members';
const memberName = 'Marigold Thistlewaite-Oyelaran';
const sessionTitle = 'Focus group Pelican-2093 with tenants';
const bogusToken = 'Zz9-not-a-real-token-Capybara-5521-abcdefghijklmno';

let t: TestApp;
let log: CapturedLog;
let app: Hono;
beforeEach(async () => {
  t = await startTestApp();
  log = captureLog();
  app = createApp({ storage: t.storage, clientDir: t.clientDir, logger: log.logger });
});
afterEach(async () => {
  await t.close();
});

const api = (method: string, url: string, options: CallOptions = {}) => call(app, method, url, options);
const engagementPath = (rest: string) => `/api/engagements/${t.demo.engagementId}/${rest}`;

async function joinWith(code: string): Promise<JoinResponse> {
  const reply = await api('POST', '/api/join', { body: { code } });
  expect(reply.status).toBe(200);
  return joinResponseSchema.parse(reply.json);
}

describe('the server log', () => {
  it('has a line per request and never holds note text, names or tokens', async () => {
    const managerCode = codeFor(t, 'challenge manager');
    const leadCode = codeFor(t, 'lead peer');
    // The join page (its path holds the code), the join itself, and failed joins.
    expect((await api('GET', `/join/${managerCode}`)).status).toBe(200);
    const manager = await joinWith(managerCode);
    const lead = await joinWith(leadCode);
    expect((await api('POST', '/api/join', { body: { code: noteText } })).status).toBe(400);
    expect((await api('POST', '/api/join', { rawBody: `{"code": "${noteText}` })).status).toBe(400);

    // Words pushed, refused, pulled, and in a query string.
    const memberId = randomUUID();
    const pushed = await api('POST', engagementPath('push'), {
      token: manager.deviceToken,
      body: pushBody([
        edit(1, 'member', memberId, { displayName: memberName, role: 'peer', position: 'member peer' }),
        newNote(2, { changes: { text: noteText } }),
        edit(3, 'session', randomUUID(), { title: sessionTitle, unknownField: noteText }),
      ]),
    });
    expect(pushed.status).toBe(200);
    const malformed = await api('POST', engagementPath('push'), {
      token: lead.deviceToken,
      body: pushBody([{ seq: 1, recordType: 'note', text: noteText, recordId: memberName }]),
    });
    expect(malformed.status).toBe(400);
    const pulled = await api('GET', `${engagementPath('pull')}?since=0&q=${encodeURIComponent(noteText)}`, {
      token: lead.deviceToken,
    });
    expect(pulled.text).toContain(noteText);

    // An invite (its code and link in the answer), its revocation, a device signed out,
    // and a token the server does not know.
    const invited = await api('POST', engagementPath('invites'), { token: manager.deviceToken, body: { memberId } });
    const { code, invite } = createInviteResponseSchema.parse(invited.json);
    expect(
      (await api('POST', engagementPath(`invites/${invite.id}/revoke`), { token: manager.deviceToken })).status,
    ).toBe(200);
    expect(
      (await api('POST', engagementPath(`devices/${lead.deviceId}/revoke`), { token: manager.deviceToken })).status,
    ).toBe(200);
    expect((await api('GET', engagementPath('pull'), { token: bogusToken })).status).toBe(401);
    expect((await api('GET', engagementPath('pull'), { token: lead.deviceToken })).status).toBe(401);

    // A failure the server did not expect, whose message quotes the words and whose
    // extra fields hold them (as PostgreSQL's `detail` holds row values).
    const unexpected = () =>
      Promise.reject(Object.assign(new Error(`bad value "${noteText}" for ${memberName}'s row`), { detail: noteText }));
    const failing: Storage = { ...t.storage, read: unexpected, readChanges: unexpected };
    const broken = createApp({ storage: failing, clientDir: t.clientDir, logger: log.logger });
    expect((await call(broken, 'GET', engagementPath('pull'), { token: manager.deviceToken })).status).toBe(500);

    // The log is there: a JSON line per request, with its route and status, and the error.
    const entries = log.entries();
    const requests = entries.filter((entry) => entry.msg === 'request');
    expect(requests).toHaveLength(14);
    expect(requests[0]).toMatchObject({
      level: 'info',
      method: 'GET',
      route: 'app',
      status: 200,
      service: 'triangulate',
    });
    expect(requests.map((entry) => entry.route)).toContain('/api/engagements/:id/push');
    expect(requests.map((entry) => entry.route)).toContain('/api/engagements/:id/invites/:inviteId/revoke');
    expect(requests.every((entry) => typeof entry.time === 'string' && typeof entry.ms === 'number')).toBe(true);
    const failure = entries.find((entry) => entry.level === 'error');
    expect(failure).toMatchObject({
      msg: 'unexpected error',
      error: { type: 'Error' },
    });
    expect(failure).not.toHaveProperty('error.message');
    expect(JSON.stringify(failure)).toMatch(stackLine);

    const secrets = [
      noteText,
      'Quokka-4417',
      memberName,
      'Thistlewaite',
      sessionTitle,
      'Pelican-2093',
      bogusToken,
      manager.deviceToken,
      lead.deviceToken,
      managerCode,
      leadCode,
      code,
      ...t.demo.links.flatMap((link) => [link.url.split('/join/')[1] ?? link.url, link.displayName]),
    ];
    const text = log.text();
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});

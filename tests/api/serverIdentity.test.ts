import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema, type JoinResponse } from '../../src/domain/sync/protocol';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { newNote, pushBody } from './support/mutations';
import { pushRaw } from './support/sync';
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

const identityNow = () => t.storage.read((tx) => tx.serverIdentity());

async function pushAs(device: JoinResponse, body: Record<string, unknown>) {
  const reply = await pushRaw(t, device, body);
  expect(reply.status).toBe(200);
  return pushResponseSchema.parse(reply.json);
}

async function pullAs(device: JoinResponse, query: string) {
  const reply = await call(t.app, 'GET', `/api/engagements/${device.engagementId}/pull?${query}`, {
    token: device.deviceToken,
  });
  expect(reply.status).toBe(200);
  return pullResponseSchema.parse(reply.json);
}

describe('the server identity', () => {
  it('is given at join and in every push and pull answer', async () => {
    const identity = await identityNow();
    expect(identity).toMatch(/^[0-9a-f]{32}$/);
    expect(lead.serverIdentity).toBe(identity);
    expect((await pushAs(lead, pushBody([newNote(1)]))).serverIdentity).toBe(identity);
    expect((await pullAs(lead, 'since=0')).serverIdentity).toBe(identity);
  });

  it('applies nothing of a push naming another identity, and answers the server’s', async () => {
    const identity = await identityNow();
    const answer = await pushAs(lead, { ...pushBody([newNote(1)]), serverIdentity: 'an0ther', acknowledgedSeq: 0 });
    expect(answer).toMatchObject({ results: [], serverIdentity: identity });
    expect((await pullAs(lead, `since=${t.demoCursor}`)).changes).toEqual([]);
  });

  it('changes when a device acknowledged a seq the server has no record of (a restore)', async () => {
    const before = await identityNow();
    await pushAs(lead, { ...pushBody([newNote(1)]), serverIdentity: before, acknowledgedSeq: 0 });
    const answer = await pushAs(lead, { ...pushBody([newNote(3)]), serverIdentity: before, acknowledgedSeq: 2 });
    expect(answer.results).toEqual([]);
    expect(answer.serverIdentity).not.toBe(before);
    expect(await identityNow()).toBe(answer.serverIdentity);
    // Every device's sequence starts afresh under the new identity.
    const again = await pushAs(lead, { ...pushBody([newNote(7)]), serverIdentity: answer.serverIdentity });
    expect(again.results.map((result) => result.status)).toEqual(['applied']);
  });

  it('changes when a device pulled past the engagement’s last change, once', async () => {
    const before = await identityNow();
    const page = await pullAs(lead, `since=${t.demoCursor + 50}&serverIdentity=${before}&acknowledgedSeq=0`);
    expect(page).toMatchObject({ changes: [], cursor: 0, hasMore: false });
    expect(page.serverIdentity).not.toBe(before);
    // A second device still on the old identity hears the new one; nothing rotates again.
    const stale = await pullAs(lead, `since=${t.demoCursor + 50}&serverIdentity=${before}`);
    expect(stale.serverIdentity).toBe(page.serverIdentity);
  });

  it('stays while devices sync as usual, and with an app that names none', async () => {
    const identity = await identityNow();
    await pushAs(lead, { ...pushBody([newNote(1), newNote(2)]), serverIdentity: identity, acknowledgedSeq: 0 });
    await pushAs(lead, { ...pushBody([newNote(3)]), serverIdentity: identity, acknowledgedSeq: 2 });
    await pullAs(lead, `since=${t.demoCursor}&serverIdentity=${identity}&acknowledgedSeq=3`);
    await pullAs(lead, `since=${t.demoCursor + 999}`);
    expect(await identityNow()).toBe(identity);
  });

  it('changes with `admin restored`', async () => {
    const before = await identityNow();
    const out: string[] = [];
    const code = await runAdmin(['restored'], {
      env: t.databaseEnv,
      cwd: t.dir,
      now: () => new Date(),
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    expect(code).toBe(0);
    const after = await identityNow();
    expect(after).not.toBe(before);
    expect(out).toEqual([`Server identity is now ${after}: each device re-sends what it holds and pulls again.`]);
  });
});

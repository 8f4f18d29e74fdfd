import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRead } from '../../src/domain/sync/permissions';
import { recordTypes } from '../../src/domain/records/recordTypes';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { call, type Reply } from './support/call';
import { joinAs } from './support/devices';
import { png } from './support/images';
import { edit, remove } from './support/mutations';
import { newAcceptance, newComment, newOutputDraft, publish } from './support/outputs';
import { pullAll, push, pushRaw } from './support/sync';
import { pushBody } from './support/mutations';
import { invite, joinCouncil, teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

/**
 * The council reaches nothing of the team's: every route of the app, walked with a
 * council token, answers without a word or an id of a note, finding, recommendation,
 * session, member, output draft, accepted check result, "still to cover" line or photo.
 * The demo engagement holds all of those; the test adds the outputs' records and a photo.
 */
let t: TestApp;
let manager: JoinResponse;
let council: JoinResponse;
const photoId = randomUUID();
const snapshotId = randomUUID();
/** Ids, texts and names of every record the council may not read, and the team's own tokens. */
const secrets = new Set<string>();
/** Fields holding a choice from a fixed list, the same words in every engagement. */
const choiceFields = new Set(['engagementId', 'position', 'role', 'kind', 'stance', 'evidenceType', 'status', 'lane']);
/** Team records by type, to aim writes at. */
const teamRecords = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  council = await joinCouncil(t, manager, 1);
  const draft = newOutputDraft(3);
  await push(t, manager, [publish(2, snapshotId), draft, newAcceptance(4, draft.recordId)]);
  await push(t, council, [newComment(1, snapshotId)]);
  // The team's own list for its non-attribution check: the council reads its engagement, never this.
  const roleToCheck = 'the Head of Commissioning for Older People';
  const roles = await push(t, manager, [
    {
      ...edit(5, 'engagement', t.demo.engagementId, {}),
      setChanges: { rolesToCheck: { add: [roleToCheck], remove: [] } },
    },
  ]);
  expect(roles.results).toMatchObject([{ status: 'applied' }]);
  secrets.add(roleToCheck);
  const photo = await call(t.app, 'PUT', teamPath(t, `photos/${photoId}`), {
    token: manager.deviceToken,
    bytes: png(),
  });
  expect(photo.status).toBe(200);
  secrets.add(photoId);
  secrets.add(manager.deviceToken);
  secrets.add(manager.deviceId);
  secrets.add((await invite(t, manager, manager.memberId)).code);

  const everything = (await pullAll(t, manager)).changes;
  const typesHeld = new Set(everything.map((change) => change.recordType));
  for (const type of [
    'note',
    'finding',
    'recommendation',
    'session',
    'member',
    'outputDraft',
    'attributionAcceptance',
    'stillToCover',
  ] as const) {
    expect(typesHeld, `the engagement should hold a ${type}`).toContain(type);
  }
  for (const { recordType, record } of everything) {
    // The engagement's own record (its id is in the council's URLs) is the council's to read, but for its roles to check.
    if (recordType === 'engagement') teamRecords.set(recordType, String(record.id));
    if (canRead('council', recordType)) continue;
    // The council's own member record: its id is in its own token's answer.
    if (record.id === council.memberId) continue;
    teamRecords.set(recordType, String(record.id));
    secrets.add(String(record.id));
    for (const [field, value] of Object.entries(record)) {
      // Choices from a fixed list (a position, a kind) and times say nothing of anyone.
      if (choiceFields.has(field) || typeof value !== 'string' || value.length < 12) continue;
      if (!/^\d{4}-\d\d-\d\d/.test(value) && value !== council.memberId) secrets.add(value);
    }
  }
  // Hundreds: the demo's notes, sessions and members, and the outputs' records.
  expect(secrets.size).toBeGreaterThan(300);
});
afterAll(async () => {
  await t.close();
});

/** The reply carries nothing of the team's (the engagement's id is in the council's own URLs). */
function expectNothingOfTheTeam(reply: Reply, what: string): void {
  secrets.delete(t.demo.engagementId);
  const leaked = [...secrets].filter((secret) => reply.text.includes(secret));
  expect(leaked, what).toEqual([]);
}

/** Values for each route parameter: the team's own ids wherever a route takes one. */
const parameterValues = (): Record<string, string[]> => ({
  id: [t.demo.engagementId],
  photoId: [photoId],
  inviteId: [randomUUID()],
  deviceId: [manager.deviceId],
});

describe('a council token', () => {
  it('walks every route of the app and reaches nothing of the team’s', async () => {
    const routes = t.app.routes.filter((route) => route.method !== 'ALL');
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
      let paths = [route.path.replace('/*', '/anything')];
      for (const name of names) {
        const values = parameterValues()[name];
        if (!values) throw new Error(`no value for :${name} in ${route.path}: add one here`);
        paths = paths.flatMap((path) => values.map((value) => path.replace(`:${name}`, value)));
      }
      for (const path of paths) {
        const reply = await call(t.app, route.method, path, {
          token: council.deviceToken,
          ...(route.method === 'PUT'
            ? { bytes: png() }
            : route.method === 'POST'
              ? { body: { memberId: manager.memberId } }
              : {}),
        });
        expectNothingOfTheTeam(reply, `${route.method} ${path}`);
        if (route.path.includes('/invites') || route.path.includes('/photos') || route.path.includes('/revoke')) {
          expect(reply.status, `${route.method} ${path}`).toBe(403);
        }
        // A council member lists only their own devices, to sign out a lost one.
        if (route.path.endsWith('/devices')) {
          expect(reply.json).toMatchObject({ devices: [{ memberId: council.memberId }] });
        }
      }
    }
  });

  it('pulls only its engagement, snapshots and comments, from every cursor', async () => {
    const { pages, changes } = await pullAll(t, council);
    expect([...new Set(changes.map((change) => change.recordType))].sort()).toEqual([
      'accuracyComment',
      'engagement',
      'publishedSnapshot',
    ]);
    for (let since = 0; since <= (pages.at(-1)?.cursor ?? 0) + 2; since += 1) {
      const reply = await call(t.app, 'GET', teamPath(t, `pull?since=${since}`), { token: council.deviceToken });
      expectNothingOfTheTeam(reply, `pull since ${since}`);
    }
    const far = await call(t.app, 'GET', teamPath(t, 'pull?since=1000000'), { token: council.deviceToken });
    expect(far.json).toMatchObject({ changes: [] });
  });

  it('writes nothing of the team’s, and a refusal hands back nothing of it', async () => {
    const types = recordTypes.filter((type) => type !== 'accuracyComment');
    const mutations: Mutation[] = types.flatMap((type, index) => {
      const id = teamRecords.get(type) ?? randomUUID();
      return [edit(2 * index + 2, type, id, { text: 'From the council' }), remove(2 * index + 3, type, id)];
    });
    const reply = await pushRaw(t, council, pushBody(mutations));
    expect(reply.status).toBe(200);
    expectNothingOfTheTeam(reply, 'push');
    expect(reply.json).toMatchObject({ results: mutations.map(() => ({ status: 'refused' })) });
    expect(
      recordTypes
        .filter((type) => !canRead('council', type) || type === 'engagement')
        .every((type) => teamRecords.has(type)),
    ).toBe(true);
  });
});

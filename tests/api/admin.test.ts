import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { themeTemplates } from '../../src/domain/templates/themeTemplates';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';
import { call } from './support/call';

let dataDir: string;
let target: TestStorageConfig;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-admin-'));
  target = await testStorageConfig(dataDir);
});
afterEach(async () => {
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const now = new Date('2026-11-20T10:00:00.000Z');

/** Runs the admin command line in process, as `npm run admin -- …args` would. */
async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    DATA_DIR: dataDir,
    PUBLIC_URL: 'https://tri.example.org',
    ...(target.config.databaseUrl ? { DATABASE_URL: target.config.databaseUrl } : {}),
  };
  const code = await runAdmin(args, {
    env,
    cwd: dataDir,
    now: () => now,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const create = (...extra: string[]) =>
  admin(
    'create-engagement',
    '--council',
    'Wessex Council',
    '--title',
    'Corporate peer challenge',
    '--from',
    '2026-12-01',
    '--to',
    '2026-12-04',
    '--manager',
    'Ann Lee',
    ...extra,
  );

/** Opens the same database as the admin tool and calls the API against it. */
async function withApp<T>(fn: (app: ReturnType<typeof createApp>) => Promise<T>): Promise<T> {
  const storage = await openStorage(target.config);
  try {
    return await fn(createApp({ storage, clientDir: dataDir, now: () => now }));
  } finally {
    await storage.close();
  }
}

const engagementIdOf = (line: string | undefined) => /Engagement created: ([0-9a-f-]{36})/.exec(line ?? '')?.[1] ?? '';
const codeOf = (line: string | undefined) => /\/join\/([\w-]+)/.exec(line ?? '')?.[1] ?? '';

describe('admin create-engagement', () => {
  it('stores the engagement, template themes and manager, and prints a join link that makes a manager', async () => {
    const result = await create('--themes', 'corporate');
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[1]).toMatch(
      /^challenge manager: Ann Lee \(member [0-9a-f-]{36}\) — https:\/\/tri\.example\.org\/join\/[\w-]+$/,
    );
    const engagementId = engagementIdOf(result.out[0]);

    const records = await withApp(async (app) => {
      const joined = await call(app, 'POST', '/api/join', { body: { code: codeOf(result.out[1]) } });
      expect(joined.json).toMatchObject({ engagementId, role: 'manager', displayName: 'Ann Lee' });
      const token = (joined.json as { deviceToken: string }).deviceToken;
      const pulled = await call(app, 'GET', `/api/engagements/${engagementId}/pull`, { token });
      return (pulled.json as { changes: { recordType: string; record: Record<string, unknown> }[] }).changes;
    });
    expect(records.find((change) => change.recordType === 'engagement')?.record).toMatchObject({
      council: 'Wessex Council',
      onSiteFrom: '2026-12-01',
      onSiteTo: '2026-12-04',
    });
    const themes = records.filter((change) => change.recordType === 'theme').map((change) => change.record.name);
    expect(themes).toEqual(themeTemplates.corporate.themes);
  });

  it('uses the adult social care themes by default', async () => {
    const result = await create();
    expect(result.out[0]).toContain('(5 themes)');
  });

  it.each([
    [['create-engagement', '--council', 'X'], /--title is required/],
    [
      [
        'create-engagement',
        '--council',
        'X',
        '--title',
        'Y',
        '--from',
        '2026-12-04',
        '--to',
        '2026-12-01',
        '--manager',
        'M',
      ],
      /--to: must not be before --from/,
    ],
    [
      [
        'create-engagement',
        '--council',
        'X',
        '--title',
        'Y',
        '--from',
        '1 Dec',
        '--to',
        '2026-12-01',
        '--manager',
        'M',
      ],
      /--from/,
    ],
    [
      [
        'create-engagement',
        '--council',
        'X',
        '--title',
        'Y',
        '--from',
        '2026-12-01',
        '--to',
        '2026-12-01',
        '--manager',
        'M',
        '--themes',
        'housing',
      ],
      /--themes: must be one of/,
    ],
    [['create-engagement', '--colour', 'red'], /Unknown option '--colour'/],
    [['invite', '--engagement', 'not-a-uuid', '--member', 'x'], /--engagement: must be a UUID/],
    [
      [
        'invite',
        '--engagement',
        '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
        '--member',
        '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
      ],
      /--engagement: no engagement/,
    ],
    [['launch'], /unknown command "launch"/],
    [[], /no command given/],
  ])('answers bad arguments %j with one line and exit 2', async (args, message) => {
    const result = await admin(...args);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
  });
});

describe('admin invite, list-devices, revoke-device', () => {
  it('makes a new manager link, lists the device it joins, and revokes it', async () => {
    const created = await create();
    const engagementId = engagementIdOf(created.out[0]);
    const managerId = /member ([0-9a-f-]{36})/.exec(created.out[1] ?? '')?.[1] ?? '';
    const invited = await admin('invite', '--engagement', engagementId, '--member', managerId, '--days', '3');
    expect(invited.out[0]).toMatch(
      /^Ann Lee — https:\/\/tri\.example\.org\/join\/[\w-]+ \(works once, expires 2026-11-23T10:00:00\.000Z\)$/,
    );

    const token = await withApp(async (app) => {
      const joined = await call(app, 'POST', '/api/join', { body: { code: codeOf(invited.out[0]) } });
      return joined.json as { deviceToken: string; deviceId: string };
    });
    const listed = await admin('list-devices', '--engagement', engagementId);
    expect(listed.out).toHaveLength(1);
    expect(listed.out[0]).toContain(`${token.deviceId}  Ann Lee`);

    const revoked = await admin('revoke-device', '--engagement', engagementId, '--device', token.deviceId);
    expect(revoked.code).toBe(0);
    const status = await withApp(
      async (app) =>
        (await call(app, 'GET', `/api/engagements/${engagementId}/pull`, { token: token.deviceToken })).status,
    );
    expect(status).toBe(401);
    expect((await admin('list-devices', '--engagement', engagementId)).out[0]).toContain(
      'revoked 2026-11-20T10:00:00.000Z',
    );
  });

  it('refuses a member or device that is not in the engagement (exit 2)', async () => {
    const engagementId = engagementIdOf((await create()).out[0]);
    const other = '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
    expect(await admin('invite', '--engagement', engagementId, '--member', other)).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--member: no member/)],
    });
    expect(await admin('revoke-device', '--engagement', engagementId, '--device', other)).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--device: no device/)],
    });
    expect(await admin('invite', '--engagement', engagementId, '--member', other, '--days', '90')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--days/)],
    });
  });
});

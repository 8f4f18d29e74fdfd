import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage } from '../../src/domain/findings/coverage';
import { triangulate } from '../../src/domain/findings/triangulation';
import { recordSchemas } from '../../src/domain/records/recordTypes';
import type { StakeholderGroup } from '../../src/domain/records/session';
import {
  joinResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type JoinResponse,
  type Mutation,
  type PullResponse,
} from '../../src/domain/sync/protocol';
import { createInviteResponseSchema } from '../../src/domain/sync/teamApi';
import { coverageReportSchema, findingsReportSchema } from '../../src/server/admin/reportSchemas';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';
import { call } from './support/call';
import { pushBody } from './support/mutations';

// One engagement seeded through the real join and push, read by the admin reports. The
// tests only read it, so it is seeded once.
let dataDir: string;
let target: TestStorageConfig;
const now = new Date('2026-11-24T19:00:00.000Z');
const editedAt = '2026-11-24T18:00:00.000Z';

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

const ids = {
  engagement: '',
  themes: [] as string[],
  question: randomUUID(),
  deletedQuestion: randomUUID(),
  sessions: { councillors: randomUUID(), officersAndCarers: randomUUID(), other: randomUUID(), reading: randomUUID() },
  notes: Object.fromEntries(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'].map((name) => [name, randomUUID()])),
  findings: Object.fromEntries(['agreed', 'mixed', 'single', 'empty', 'deleted'].map((name) => [name, randomUUID()])),
  manager: '',
  peer: '',
};
/** Every record as the manager's device pulled it once seeded: what the screens compute from. */
const pulled: PullResponse['changes'] = [];
const note = (name: string) => ids.notes[name] ?? '';
const finding = (name: string) => ids.findings[name] ?? '';
const theme = (index: number) => ids.themes[index] ?? '';

const upsert = (
  recordType: Mutation['recordType'],
  recordId: string,
  changes: Record<string, unknown>,
  setChanges: Record<string, string[]> = {},
) => ({
  recordType,
  recordId,
  op: 'upsert' as const,
  changes,
  setChanges: Object.fromEntries(Object.entries(setChanges).map(([field, add]) => [field, { add, remove: [] }])),
  baseRevs: {},
  editedAt,
});
const remove = (recordType: Mutation['recordType'], recordId: string) => ({
  recordType,
  recordId,
  op: 'delete' as const,
  changes: {},
  setChanges: {},
  baseRevs: {},
  editedAt,
});

async function seed(app: ReturnType<typeof createApp>, managerCode: string): Promise<void> {
  const join = async (code: string) =>
    joinResponseSchema.parse((await call(app, 'POST', '/api/join', { body: { code } })).json);
  const seqs = new Map<string, number>();
  const push = async (device: JoinResponse, mutations: Omit<Mutation, 'seq'>[]) => {
    const first = seqs.get(device.deviceId) ?? 1;
    seqs.set(device.deviceId, first + mutations.length);
    const body = pushBody(mutations.map((mutation, index) => ({ ...mutation, seq: first + index })));
    const reply = await call(app, 'POST', `/api/engagements/${ids.engagement}/push`, {
      token: device.deviceToken,
      body,
    });
    const results = pushResponseSchema.parse(reply.json).results;
    expect(results.every((result) => result.status === 'applied')).toBe(true);
  };

  const manager = await join(managerCode);
  ids.manager = manager.memberId;
  const first = pullResponseSchema.parse(
    (await call(app, 'GET', `/api/engagements/${ids.engagement}/pull`, { token: manager.deviceToken })).json,
  );
  ids.themes = first.changes
    .filter((change) => change.recordType === 'theme')
    .map((change) => recordSchemas.theme.parse(change.record))
    .sort((a, b) => a.position - b.position)
    .map((record) => record.id);

  ids.peer = randomUUID();
  await push(manager, [
    upsert('member', ids.peer, { displayName: 'Sam Ortiz', role: 'peer', position: 'member peer' }),
  ]);
  const invited = createInviteResponseSchema.parse(
    (
      await call(app, 'POST', `/api/engagements/${ids.engagement}/invites`, {
        token: manager.deviceToken,
        body: { memberId: ids.peer },
      })
    ).json,
  );
  const peer = await join(invited.code);

  const session = (id: string, title: string, groups: StakeholderGroup[]) =>
    upsert(
      'session',
      id,
      {
        title,
        kind: 'interview',
        otherStakeholderGroup: '',
        startsAt: '2026-11-24T09:00:00.000Z',
        endsAt: '2026-11-24T10:00:00.000Z',
        location: '',
      },
      { stakeholderGroups: groups },
    );
  const { councillors, officersAndCarers, other, reading } = ids.sessions;
  await push(manager, [
    upsert('scopeQuestion', ids.question, { text: 'How well does the front door work?', position: 0 }),
    upsert('scopeQuestion', ids.deletedQuestion, { text: 'Withdrawn question?', position: 1 }),
    remove('scopeQuestion', ids.deletedQuestion),
    remove('theme', theme(4)),
    session(councillors, 'Cabinet members', ['councillors']),
    session(officersAndCarers, 'Officers and carers', ['senior officers', 'carers']),
    session(other, 'Housing association', ['other']),
    session(reading, 'Reading', []),
  ]);

  const newNote = (
    name: string,
    sessionId: string,
    evidenceType: string,
    tags: { themeIds: string[]; scopeQuestionIds?: string[] },
    fields: Record<string, unknown> = {},
  ) =>
    upsert(
      'note',
      note(name),
      {
        sessionId,
        text: `Note ${name}`,
        evidenceType,
        stance: 'strength',
        isQuote: false,
        createdAt: editedAt,
        documentReference: '',
        ...fields,
      },
      { themeIds: tags.themeIds, scopeQuestionIds: tags.scopeQuestionIds ?? [] },
    );
  await push(manager, [
    newNote('n1', councillors, 'heard', { themeIds: [theme(0)], scopeQuestionIds: [ids.question] }),
    newNote('n4', other, 'seen', { themeIds: [theme(0)] }, { stance: 'area for consideration' }),
    newNote('n5', councillors, 'heard', { themeIds: [theme(1)] }),
    // A note tagged only with the theme deleted above counts nowhere.
    newNote('n7', councillors, 'heard', { themeIds: [theme(4)] }),
  ]);
  await push(peer, [
    newNote('n2', officersAndCarers, 'heard', { themeIds: [theme(0)] }),
    newNote('n3', reading, 'read', { themeIds: [theme(0)] }, { documentReference: 'Budget 2026/27' }),
    newNote('n6', councillors, 'heard', { themeIds: [theme(1)] }),
  ]);

  const newFinding = (name: string, themeId: string, fields: Record<string, unknown>, noteIds: string[]) =>
    upsert(
      'finding',
      finding(name),
      { themeId, explanation: '', createdAt: editedAt, ...fields },
      { noteIds, mergedFromIds: [] },
    );
  await push(manager, [
    newFinding(
      'agreed',
      theme(0),
      { lane: 'strength', status: 'agreed', position: 1, headline: 'Members and officers share one vision' },
      [note('n1'), note('n2'), note('n3')],
    ),
    newFinding(
      'mixed',
      theme(0),
      { lane: 'area for consideration', status: 'proposed', position: 0, headline: 'Partners are not heard' },
      [note('n4'), note('n1')],
    ),
    newFinding(
      'single',
      theme(1),
      { lane: 'strength', status: 'agreed', position: 2, headline: 'Strong cabinet oversight' },
      [note('n5'), note('n6')],
    ),
    newFinding('empty', theme(1), { lane: 'strength', status: 'proposed', position: 1, headline: 'Budget grip' }, [
      note('n5'),
    ]),
    newFinding('deleted', theme(1), { lane: 'strength', status: 'proposed', position: 0, headline: 'Merged away' }, [
      note('n6'),
    ]),
    remove('finding', finding('deleted')),
    remove('note', note('n5')),
  ]);

  for (let since = 0; ;) {
    const page = pullResponseSchema.parse(
      (
        await call(app, 'GET', `/api/engagements/${ids.engagement}/pull?since=${since}`, {
          token: manager.deviceToken,
        })
      ).json,
    );
    pulled.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) break;
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-admin-reports-'));
  target = await testStorageConfig(dataDir);
  const created = await admin(
    'create-engagement',
    '--council',
    'Wessex Council',
    '--title',
    'Adults',
    '--from',
    '2026-11-23',
    '--to',
    '2026-11-26',
    '--manager',
    'Ann Lee',
  );
  ids.engagement = /Engagement created: ([0-9a-f-]{36})/.exec(created.out[0] ?? '')?.[1] ?? '';
  const code = /\/join\/([\w-]+)/.exec(created.out[1] ?? '')?.[1] ?? '';
  const storage = await openStorage(target.config);
  try {
    await seed(createApp({ storage, clientDir: dataDir, now: () => now }), code);
  } finally {
    await storage.close();
  }
});
afterAll(async () => {
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const sorted = (values: readonly string[]) => [...values].sort();

describe('admin findings', () => {
  it('--json prints one JSON object: each live finding with its label, flag and counts, in board order', async () => {
    const result = await admin('findings', '--engagement', ids.engagement, '--json');
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toHaveLength(1);
    const report = findingsReportSchema.parse(JSON.parse(result.out[0] ?? ''));
    const zero = { read: 0, heard: 0, seen: 0 };
    expect(report.findings.map((row) => ({ ...row, noteIds: sorted(row.noteIds) }))).toEqual([
      {
        id: finding('agreed'),
        themeId: theme(0),
        lane: 'strength',
        status: 'agreed',
        headline: 'Members and officers share one vision',
        noteIds: sorted([note('n1'), note('n2'), note('n3')]),
        label: 'triangulated',
        mixedEvidence: false,
        counts: { read: 1, heard: 2, seen: 0, sessions: 3, groups: 3, peers: 2 },
      },
      {
        id: finding('mixed'),
        themeId: theme(0),
        lane: 'area for consideration',
        status: 'proposed',
        headline: 'Partners are not heard',
        noteIds: sorted([note('n4'), note('n1')]),
        label: 'corroborated',
        mixedEvidence: true,
        counts: { read: 0, heard: 1, seen: 1, sessions: 2, groups: 2, peers: 1 },
      },
      {
        id: finding('empty'),
        themeId: theme(1),
        lane: 'strength',
        status: 'proposed',
        headline: 'Budget grip',
        // The stored set, as is; the deleted note does not count.
        noteIds: [note('n5')],
        label: 'no evidence',
        mixedEvidence: false,
        counts: { ...zero, sessions: 0, groups: 0, peers: 0 },
      },
      {
        id: finding('single'),
        themeId: theme(1),
        lane: 'strength',
        status: 'agreed',
        headline: 'Strong cabinet oversight',
        noteIds: sorted([note('n5'), note('n6')]),
        label: 'single source',
        mixedEvidence: false,
        counts: { ...zero, heard: 1, sessions: 1, groups: 1, peers: 1 },
      },
    ]);
  });

  it('gives the same labels and counts as triangulate() over the records a device pulls', async () => {
    const records = (type: 'note' | 'session' | 'finding') =>
      pulled.filter((change) => change.recordType === type).map((change) => recordSchemas[type].parse(change.record));
    const notes = new Map(records('note').map((record) => [record.id, recordSchemas.note.parse(record)]));
    const sessions = new Map(records('session').map((record) => [record.id, recordSchemas.session.parse(record)]));
    const findings = records('finding').map((record) => recordSchemas.finding.parse(record));
    const report = findingsReportSchema.parse(
      JSON.parse((await admin('findings', '--engagement', ids.engagement, '--json')).out[0] ?? ''),
    );
    const live = findings.filter((record) => !record.deleted);
    expect(report.findings.map((row) => row.id).sort()).toEqual(live.map((record) => record.id).sort());
    for (const record of live) {
      const expected = triangulate(record, { notes, sessions });
      expect(report.findings.find((row) => row.id === record.id)).toMatchObject({
        label: expected.label,
        mixedEvidence: expected.mixedEvidence,
        counts: expected.counts,
      });
    }
  });

  it('without --json prints a readable list with reasons and warnings', async () => {
    const result = await admin('findings', '--engagement', ids.engagement);
    expect(result.code).toBe(0);
    const text = result.out.join('\n');
    expect(text).toContain(`  [strength] Members and officers share one vision  (${finding('agreed')})`);
    expect(text).toContain(
      '    agreed · triangulated · heard in 2 sessions from 3 groups; read in 1 document; not seen',
    );
    expect(text).toContain('    notes: read 1, heard 2, seen 0 · sessions 3 · groups 3 · peers 2');
    expect(text).toContain('    mixed evidence: a note points the other way');
    expect(text).toContain('    warning: Agreed on a single source: all its notes come from one session.');
    expect(text).not.toContain('Merged away');
  });
});

describe('admin coverage', () => {
  /** The expected cells: every group and type of every live theme and the live question, zeros included. */
  function expectedCells(counts: Record<string, Record<string, number>>) {
    const groups = [
      'councillors',
      'senior officers',
      'managers',
      'front-line staff',
      'NHS partners',
      'voluntary sector partners',
      'people who use services',
      'carers',
      'other',
    ];
    const subjects = [...[0, 1, 2, 3].map((index) => ({ themeId: theme(index) })), { scopeQuestionId: ids.question }];
    return subjects.flatMap((subject) => {
      const id = 'themeId' in subject ? subject.themeId : subject.scopeQuestionId;
      const of = (key: string) => counts[id]?.[key] ?? 0;
      return [
        ...groups.map((stakeholderGroup) => ({ ...subject, stakeholderGroup, notes: of(stakeholderGroup) })),
        ...['read', 'heard', 'seen'].map((evidenceType) => ({ ...subject, evidenceType, notes: of(evidenceType) })),
      ];
    });
  }

  it('--json prints one JSON object with every cell of the live themes and scope questions', async () => {
    const result = await admin('coverage', '--engagement', ids.engagement, '--json');
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toHaveLength(1);
    const report = coverageReportSchema.parse(JSON.parse(result.out[0] ?? ''));
    expect(report.cells).toEqual(
      expectedCells({
        [theme(0)]: { councillors: 1, 'senior officers': 1, carers: 1, other: 1, read: 1, heard: 2, seen: 1 },
        [theme(1)]: { councillors: 1, heard: 1 },
        [ids.question]: { councillors: 1, heard: 1 },
      }),
    );
    for (const cell of report.cells) expect(Object.keys(cell)).toHaveLength(3);
  });

  it('gives the same numbers as coverage() over the records a device pulls', async () => {
    const of = <T extends 'note' | 'session' | 'theme' | 'scopeQuestion'>(type: T) =>
      pulled.filter((change) => change.recordType === type).map((change) => recordSchemas[type].parse(change.record));
    const cells = coverage({
      notes: of('note').map((record) => recordSchemas.note.parse(record)),
      sessions: new Map(of('session').map((record) => [record.id, recordSchemas.session.parse(record)])),
      themes: of('theme').map((record) => recordSchemas.theme.parse(record)),
      scopeQuestions: of('scopeQuestion').map((record) => recordSchemas.scopeQuestion.parse(record)),
    });
    const report = coverageReportSchema.parse(
      JSON.parse((await admin('coverage', '--engagement', ids.engagement, '--json')).out[0] ?? ''),
    );
    expect(report.cells.map((cell) => cell.notes)).toEqual(cells.map((cell) => cell.notes));
  });

  it('without --json prints each theme and scope question by group and by type', async () => {
    const result = await admin('coverage', '--engagement', ids.engagement);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Scope question: How well does the front door work?');
    expect(result.out).toContain('  by type:  read 0 (gap), heard 1 (thin), seen 0 (gap)');
    expect(result.out.join('\n')).not.toContain('Withdrawn question?');
  });
});

describe('admin findings and coverage: mistakes', () => {
  it.each([
    [['findings', '--json'], /--engagement is required/],
    [['coverage', '--engagement', '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8', '--json'], /--engagement: no engagement/],
    [['findings', '--engagement', 'not-a-uuid'], /--engagement: must be a UUID/],
    [['coverage', '--engagement', '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8', '--json=yes'], /--json/],
  ])('answers %j with one line on stderr and exit 2', async (args, message) => {
    const result = await admin(...args);
    expect(result).toMatchObject({ code: 2, out: [] });
    expect(result.err).toEqual([expect.stringMatching(message)]);
  });
});

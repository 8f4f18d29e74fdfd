import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordSchemas } from '../../src/domain/records/recordTypes';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { auditReportSchema } from '../../src/server/audit/auditEvent';
import { joinAs } from './support/devices';
import { edit, remove } from './support/mutations';
import { snapshotBody } from './support/outputs';
import { pull, pullAll, push, refusalOf } from './support/sync';
import { joinCouncil } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

// The server judges a new snapshot with the app's own check (checkPublication) on its own
// copy, after the push's earlier edits: a device with an old app or a bug cannot publish
// what the non-attribution check would stop, and the acceptances a publication relied on
// are recorded in it for the team, never for the council.
let t: TestApp;
let manager: JoinResponse;
let council: JoinResponse;
let seq = 0;
/** An agreed demo finding whose headline names a team member: the one unresolved hit. */
let findingId = '';
let memberName = '';

const next = () => (seq += 1);

beforeEach(async () => {
  t = await startTestApp();
  seq = 0;
  manager = await joinAs(t, 'challenge manager');
  council = await joinCouncil(t, manager, next());
  const { changes } = await pullAll(t, manager);
  const finding = changes
    .filter((change) => change.recordType === 'finding')
    .map((change) => recordSchemas.finding.parse(change.record))
    .find((one) => !one.deleted);
  const lead = changes
    .filter((change) => change.recordType === 'member')
    .map((change) => recordSchemas.member.parse(change.record))
    .find((member) => member.position === 'lead peer');
  if (!finding || !lead) throw new Error('the demo has findings and a lead peer');
  findingId = finding.id;
  memberName = lead.displayName;
  await push(t, manager, [
    edit(next(), 'finding', findingId, { status: 'agreed', headline: `${memberName} praised the new front door` }),
  ]);
}, 60_000);
afterEach(async () => {
  await t.close();
});

/** A new snapshot of the presentation with this body (the helpers' plain one by default). */
const snapshot = (id: string, body: unknown = snapshotBody, extra: Record<string, unknown> = {}): Mutation =>
  edit(next(), 'publishedSnapshot', id, {
    title: 'Feedback presentation',
    kind: 'presentation',
    publishedAt: '2026-12-04T16:00:00.000Z',
    body,
    ...extra,
  });

/** The manager's acceptance of a span in the finding's headline, for the presentation. */
const acceptance = (id: string, span = memberName, recordId = findingId): Mutation =>
  edit(next(), 'attributionAcceptance', id, {
    outputKind: 'presentation',
    recordType: 'finding',
    recordId,
    field: 'headline',
    span,
    reason: 'Thanked by name with his agreement',
    acceptedAt: '2026-12-04T12:00:00.000Z',
  });

const stored = async (device: JoinResponse, id: string) =>
  (await pullAll(t, device)).changes.filter((change) => change.record.id === id).at(-1)?.record;

async function auditJson() {
  return auditReportSchema.parse(JSON.parse((await audit('--json')).join('\n')));
}

/** `npm run admin -- audit --engagement <demo> …` in process: its lines. */
async function audit(...args: string[]) {
  const out: string[] = [];
  const { dataDir, databaseUrl } = t.storageConfig;
  const code = await runAdmin(['audit', '--engagement', t.demo.engagementId, ...args], {
    env: { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    cwd: t.dir,
    now: () => new Date('2026-12-05T09:00:00.000Z'),
    out: (line) => out.push(line),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

describe('publishing: the server’s own non-attribution check', () => {
  it('refuses a new snapshot while a hit is unresolved on the server’s copy, whatever the device sent', async () => {
    const id = randomUUID();
    const reply = await push(t, manager, [snapshot(id)]);
    expect(refusalOf(reply, seq)).toEqual({
      code: 'forbidden',
      field: 'mutations.0.recordId',
      message: "The non-attribution check has 1 unresolved flag on the server's copy: resolve them and publish again.",
    });
    expect(await stored(manager, id)).toBeUndefined();
    expect((await auditJson()).events.filter((event) => event.kind === 'published')).toEqual([]);
  });

  it('counts the push’s earlier edits: a fix or an acceptance sent just before the snapshot lets it through', async () => {
    const fixed = randomUUID();
    const fix = edit(next(), 'finding', findingId, { headline: 'Staff praised the new front door' });
    const byFix = await push(t, manager, [fix, snapshot(fixed)]);
    expect(byFix.results.map((result) => result.status)).toEqual(['applied', 'applied']);

    const accepted = randomUUID();
    const named = edit(next(), 'finding', findingId, { headline: `${memberName} praised the new front door` });
    const byAcceptance = await push(t, manager, [named, acceptance(randomUUID()), snapshot(accepted)]);
    expect(byAcceptance.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('refuses a name in the published text itself that no acceptance covers by the same span', async () => {
    const fix = edit(next(), 'finding', findingId, { headline: 'Staff praised the new front door' });
    await push(t, manager, [fix]);
    const named = {
      sections: [
        ...snapshotBody.sections,
        { heading: 'Thanks', blocks: [{ kind: 'bullets', items: [`Thanks to ${memberName} for the visits`] }] },
      ],
    };
    const refused = await push(t, manager, [snapshot(randomUUID(), named)]);
    expect(refusalOf(refused, seq)).toMatchObject({ code: 'forbidden', field: 'mutations.0.recordId' });
    expect(refusalOf(refused, seq).message).toContain(`“${memberName}” under “Thanks”`);

    // An acceptance of the presentation with the same span covers it, wherever it is.
    const otherFinding = randomUUID();
    const covered = await push(t, manager, [
      acceptance(randomUUID(), memberName, otherFinding),
      snapshot(randomUUID(), named),
    ]);
    expect(covered.results.map((result) => result.status)).toEqual(['applied', 'applied']);
  });

  it('skips the contacts section only when it is exactly the one the manager’s draft makes', async () => {
    const fix = edit(next(), 'finding', findingId, { headline: 'Staff praised the new front door' });
    const draft = edit(next(), 'outputDraft', randomUUID(), {
      kind: 'presentation',
      introduction: '',
      summary: '',
      nextSteps: '',
      contacts: `Adviser: ${memberName}\nadviser@example.org`,
    });
    await push(t, manager, [fix, draft]);
    const contacts = (text: string) => ({
      sections: [
        ...snapshotBody.sections,
        {
          heading: 'Contacts',
          contacts: true,
          blocks: [
            { kind: 'paragraph', text: `Adviser: ${memberName}` },
            { kind: 'paragraph', text },
          ],
        },
      ],
    });
    const asDrafted = await push(t, manager, [snapshot(randomUUID(), contacts('adviser@example.org'))]);
    expect(asDrafted.results[0]).toMatchObject({ status: 'applied' });
    // Marked as contacts but not the draft's: checked like any section.
    const other = await push(t, manager, [snapshot(randomUUID(), contacts('someone.else@example.org'))]);
    expect(refusalOf(other, seq).message).toContain('“someone.else@example.org” under “Contacts”');
  });
});

describe('publishing: the acceptances a publication relied on', () => {
  it('are recorded by the server in the snapshot, frozen, kept when the acceptance is taken back, and never sent to the council', async () => {
    const acceptanceId = randomUUID();
    const id = randomUUID();
    const made = acceptance(acceptanceId);
    const unrelated = edit(next(), 'attributionAcceptance', randomUUID(), {
      ...made.changes,
      span: 'the Leader',
    });
    // The device's own list is not taken: the server records what it checked.
    const sent = [{ ...made.changes, id: randomUUID(), reason: 'made up by the device' }];
    const reply = await push(t, manager, [made, unrelated, snapshot(id, snapshotBody, { acceptances: sent })]);
    expect(reply.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    const recorded = [
      {
        id: acceptanceId,
        recordType: 'finding',
        recordId: findingId,
        field: 'headline',
        span: memberName,
        reason: 'Thanked by name with his agreement',
        acceptedById: manager.memberId,
        acceptedAt: '2026-12-04T12:00:00.000Z',
      },
    ];
    expect(await stored(manager, id)).toMatchObject({ acceptances: recorded, number: 1 });

    // Taken back later: the publication's record stands, and it cannot be edited.
    await push(t, manager, [remove(next(), 'attributionAcceptance', acceptanceId)]);
    const edited = await push(t, manager, [edit(next(), 'publishedSnapshot', id, { acceptances: [] })]);
    expect(refusalOf(edited, seq)).toMatchObject({ code: 'forbidden', field: 'mutations.0.changes.acceptances' });
    expect(await stored(manager, id)).toMatchObject({ acceptances: recorded });

    // The council's pull carries the snapshot without them.
    const { changes } = await pull(t, council);
    const councilCopy = changes.find((change) => change.record.id === id)?.record;
    expect(councilCopy).toMatchObject({ id, title: 'Feedback presentation' });
    expect(councilCopy).not.toHaveProperty('acceptances');
    expect(JSON.stringify(changes)).not.toContain(acceptanceId);

    // admin audit --json shows them in the publication's detail.
    const published = (await auditJson()).events.filter((event) => event.kind === 'published');
    expect(published).toEqual([
      expect.objectContaining({
        detail: { snapshotId: id, output: 'presentation', number: 1, acceptances: recorded },
      }),
    ]);
    expect((await audit()).find((line) => line.includes('  published  '))).toContain(
      `accepted flags: “${memberName}” in finding ${findingId} headline: Thanked by name with his agreement (accepted by member ${manager.memberId}, 2026-12-04T12:00:00.000Z)`,
    );
  });

  it('a snapshot stored before they were recorded says so, rather than guessing', async () => {
    const id = randomUUID();
    const fix = edit(next(), 'finding', findingId, { headline: 'Staff praised the new front door' });
    await push(t, manager, [fix, snapshot(id)]);
    // As an older server stored it: no `acceptances` at all.
    await t.storage.transaction(async (tx) => {
      const row = await tx.getRecord(t.demo.engagementId, 'publishedSnapshot', id);
      if (!row) throw new Error('the snapshot is stored');
      const { acceptances: _dropped, ...older } = recordSchemas.publishedSnapshot.parse(row.data);
      await tx.putRecord('publishedSnapshot', older, row.stamps, row.councilRev);
    });
    const [published] = (await auditJson()).events.filter((event) => event.kind === 'published');
    expect(published?.detail.acceptances).toBeNull();
    expect((await audit()).find((line) => line.includes('  published  '))).toMatch(/accepted flags: not recorded$/);
  });
});

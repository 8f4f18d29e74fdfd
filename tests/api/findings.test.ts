import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { joinAs } from './support/devices';
import { edit, remove } from './support/mutations';
import { pull, push, refusalOf } from './support/sync';
import { joinCouncil } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;
let officer: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
  officer = await joinAs(t, 'officer peer');
});
afterEach(async () => {
  await t.close();
});

/** A new finding as a device first pushes it. */
function newFinding(seq: number, changes: Record<string, unknown> = {}): Mutation {
  return {
    ...edit(seq, 'finding', randomUUID(), {
      themeId: randomUUID(),
      lane: 'strength',
      headline: 'Carers feel heard',
      explanation: '',
      status: 'proposed',
      position: 1,
      createdAt: '2026-11-23T19:00:00.000Z',
      ...changes,
    }),
    setChanges: { noteIds: { add: [randomUUID()], remove: [] } },
  };
}

/** The engagement's last change number: a base that has seen every change so far. */
async function seenEverything() {
  return (await pull(t, manager)).cursor;
}

/** One record as the server holds it, from a full pull by the manager. */
async function stored(id: string) {
  const page = await pull(t, manager);
  return page.changes.find((change) => change.record.id === id)?.record;
}

describe('who writes findings', () => {
  it('lets a peer propose a finding and shape it while proposed, but not agree it', async () => {
    const finding = newFinding(1);
    const created = await push(t, lead, [finding]);
    expect(created.results[0]?.status).toBe('applied');
    const latest = await seenEverything();
    const reply = await push(t, lead, [
      {
        ...edit(2, 'finding', finding.recordId, { headline: 'Carers feel listened to' }),
        baseRevs: { headline: latest },
      },
      edit(3, 'finding', finding.recordId, { status: 'agreed' }),
    ]);
    expect(reply.results.map((result) => result.status)).toEqual(['applied', 'refused']);
    expect(refusalOf(reply, 3)).toMatchObject({ code: 'forbidden', field: 'mutations.1.recordId' });
    expect(await stored(finding.recordId)).toMatchObject({
      headline: 'Carers feel listened to',
      status: 'proposed',
      authorId: lead.memberId,
    });
  });

  it('refuses a peer’s finding made agreed, another peer’s edit, and any recommendation or "still to cover" line', async () => {
    const finding = newFinding(1);
    await push(t, lead, [finding]);
    const reply = await push(t, officer, [
      newFinding(1, { status: 'agreed' }),
      edit(2, 'finding', finding.recordId, { headline: 'Mine now' }),
      edit(3, 'recommendation', randomUUID(), { kind: 'quick win', text: 'x', position: 1 }),
      edit(4, 'stillToCover', randomUUID(), { cell: null, text: 'See the carers forum', position: 1, done: false }),
      newFinding(5),
    ]);
    expect(reply.results.map((result) => result.status)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
      'applied',
    ]);
  });

  it('lets the manager agree, drop and merge anyone’s findings and write the rest', async () => {
    const [first, second] = [newFinding(1), newFinding(2)];
    await push(t, lead, [first, second]);
    // The manager has seen the peer's findings: every base is after them.
    const latest = await seenEverything();
    const seen = { status: latest, mergedFromIds: latest, deleted: latest };
    const reply = await push(t, manager, [
      { ...edit(1, 'finding', first.recordId, { status: 'agreed' }), baseRevs: seen },
      {
        ...edit(2, 'finding', first.recordId, {}),
        setChanges: { mergedFromIds: { add: [second.recordId], remove: [] } },
        baseRevs: seen,
      },
      { ...remove(3, 'finding', second.recordId), baseRevs: seen },
      edit(4, 'recommendation', randomUUID(), { kind: 'quick win', text: 'Publish the waits', position: 1 }),
      edit(5, 'stillToCover', randomUUID(), { cell: null, text: 'See the carers forum', position: 1, done: false }),
    ]);
    expect(reply.results.every((result) => result.status === 'applied')).toBe(true);
    expect(await stored(first.recordId)).toMatchObject({ status: 'agreed', mergedFromIds: [second.recordId] });
    expect(await stored(second.recordId)).toMatchObject({ deleted: true });
  });

  it('lets the council neither read nor write findings', async () => {
    const council = await joinCouncil(t, manager, 1);
    await push(t, lead, [newFinding(1)]);
    const reply = await push(t, council, [newFinding(1)]);
    expect(refusalOf(reply, 1).code).toBe('forbidden');
    const types = (await pull(t, council)).changes.map((change) => change.recordType);
    expect(types).not.toContain('finding');
  });
});

describe('a peer’s edit that arrives after the manager moved the finding on', () => {
  it.each([
    ['agreed', (id: string) => edit(2, 'finding', id, { status: 'agreed' })],
    ['dropped', (id: string) => edit(2, 'finding', id, { status: 'dropped' })],
    ['merged away', (id: string) => remove(2, 'finding', id)],
  ])('is kept as a conflict when the finding was %s, and changes nothing else', async (_, moveOn) => {
    const finding = newFinding(1);
    const created = await push(t, lead, [finding]);
    const seenRev = created.results[0]?.rev ?? 0;
    await push(t, manager, [{ ...moveOn(finding.recordId), seq: 1, baseRevs: { status: seenRev, deleted: seenRev } }]);
    const before = await stored(finding.recordId);

    // Made offline, on the version before the manager's change.
    const late = {
      ...edit(2, 'finding', finding.recordId, { headline: 'Carers feel listened to' }),
      setChanges: { noteIds: { add: [randomUUID()], remove: [] } },
      baseRevs: { headline: seenRev, noteIds: seenRev },
    };
    const reply = await push(t, lead, [late]);
    expect(reply.results[0]?.status).toBe('applied');
    const after = await stored(finding.recordId);
    const { conflicts: _before, rev: _rev, ...unchanged } = before ?? {};
    expect(after).toMatchObject(unchanged);
    expect(after?.conflicts).toEqual([
      expect.objectContaining({ field: 'headline', value: 'Carers feel listened to', memberId: lead.memberId }),
      expect.objectContaining({ field: 'noteIds', value: late.setChanges.noteIds, memberId: lead.memberId }),
    ]);
  });
});

describe('resolvedConflicts', () => {
  it('removes exactly the conflicts named, on the manager’s settling edit', async () => {
    const finding = newFinding(1);
    const created = await push(t, lead, [finding]);
    const base = created.results[0]?.rev ?? 0;
    await push(t, manager, [
      { ...edit(1, 'finding', finding.recordId, { status: 'agreed' }), baseRevs: { status: base } },
    ]);
    await push(t, lead, [
      { ...edit(2, 'finding', finding.recordId, { headline: 'Late one' }), baseRevs: { headline: base } },
      { ...edit(3, 'finding', finding.recordId, { explanation: 'Late two' }), baseRevs: { explanation: base } },
    ]);
    const conflicts = ((await stored(finding.recordId))?.conflicts ?? []) as { field: string; rev: number }[];
    expect(conflicts.map((conflict) => conflict.field)).toEqual(['headline', 'explanation']);
    const [headline] = conflicts;

    const latest = await seenEverything();
    const settled = await push(t, manager, [
      {
        ...edit(2, 'finding', finding.recordId, { headline: 'Late one' }),
        baseRevs: { headline: latest },
        resolvedConflicts: [{ field: 'headline', rev: headline?.rev ?? 0 }],
      },
    ]);
    expect(settled.results[0]?.status).toBe('applied');
    const after = await stored(finding.recordId);
    expect(after).toMatchObject({ headline: 'Late one', status: 'agreed' });
    expect(after?.conflicts).toEqual([expect.objectContaining({ field: 'explanation', value: 'Late two' })]);
  });

  it('accepts a mutation without the list (default none) and refuses a malformed one with 400', async () => {
    const { resolvedConflicts: _omitted, ...withoutList } = newFinding(1);
    expect((await push(t, lead, [withoutList as Mutation])).results[0]?.status).toBe('applied');
    const bad = { ...newFinding(2), resolvedConflicts: [{ field: 'headline', rev: -1 }] };
    await expect(push(t, lead, [bad])).rejects.toThrow(/push failed: 400.*mutations\.0\.resolvedConflicts\.0\.rev/);
  });
});

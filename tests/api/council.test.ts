import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { errorOf } from './support/call';
import { joinAs } from './support/devices';
import { edit, newNote, pushBody } from './support/mutations';
import { pull, push, pushRaw, refusalOf } from './support/sync';
import { addMember, invite, joinCouncil, joinWith } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;
let council: JoinResponse;
const snapshotId = randomUUID();

const snapshot = (seq: number): Mutation =>
  edit(seq, 'publishedSnapshot', snapshotId, {
    title: 'Feedback presentation',
    kind: 'presentation',
    publishedAt: '2026-12-04T16:00:00.000Z',
    body: {
      sections: [
        { heading: 'Working together', blocks: [{ kind: 'bullets', items: ['Partners trust the council.'] }] },
      ],
    },
  });
const comment = (seq: number, id = randomUUID(), text = 'The service opened in 2024, not 2023.'): Mutation =>
  edit(seq, 'accuracyComment', id, { snapshotId, text, createdAt: '2026-12-05T09:00:00.000Z' });

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
  council = await joinCouncil(t, manager, 1);
  await push(t, lead, [newNote(1)]);
  await push(t, manager, [snapshot(2)]);
});
afterEach(async () => {
  await t.close();
});

const typesSeenBy = async (device: JoinResponse) =>
  new Set((await pull(t, device)).changes.map((change) => change.recordType));

describe('the council', () => {
  it('reads only its engagement, published snapshots and accuracy comments: never notes, sessions or members', async () => {
    await push(t, council, [comment(1)]);
    expect([...(await typesSeenBy(council))].sort()).toEqual(['accuracyComment', 'engagement', 'publishedSnapshot']);
  });

  it('writes accuracy comments, authored from its token', async () => {
    const mutation = { ...comment(1), changes: { ...comment(1).changes, authorId: lead.memberId } };
    await push(t, council, [mutation]);
    const stored = (await pull(t, council)).changes.find((change) => change.record.id === mutation.recordId)?.record;
    expect(stored).toMatchObject({ authorId: council.memberId, snapshotId });
    // The team reads them too: answering them is its job.
    expect(await typesSeenBy(lead)).toContain('accuracyComment');
  });

  it('may change its own comment but not another council member’s (refused)', async () => {
    const id = randomUUID();
    await push(t, council, [comment(1, id)]);
    await push(t, council, [edit(2, 'accuracyComment', id, { text: 'Corrected: it opened in March 2024.' })]);
    const memberId = await addMember(t, manager, 3, {
      displayName: 'Alan Price',
      role: 'council',
      position: 'council contact',
    });
    const colleague = await joinWith(t, (await invite(t, manager, memberId)).code);
    const reply = await push(t, colleague, [edit(1, 'accuracyComment', id, { text: 'Overwritten' })]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'forbidden', field: 'mutations.0.recordId' });
    expect(reply.results[0]).toMatchObject({ record: { id, text: 'Corrected: it opened in March 2024.' } });
  });

  it('may not write notes or snapshots (refused); a peer may not write accuracy comments', async () => {
    const reply = await push(t, council, [newNote(1), snapshot(2)]);
    for (const seq of [1, 2]) {
      expect(refusalOf(reply, seq)).toMatchObject({ code: 'forbidden', field: `mutations.${seq - 1}.recordId` });
    }
    const byPeer = await push(t, lead, [comment(2)]);
    expect(refusalOf(byPeer, 2).code).toBe('forbidden');
  });
});

describe('record checks on push', () => {
  it('refuses a field the record type does not have, naming it', async () => {
    const reply = await push(t, council, [{ ...comment(1), changes: { ...comment(1).changes, severity: 'high' } }]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.severity' });
  });

  it('refuses an unknown record type, naming it (400)', async () => {
    const reply = await pushRaw(t, manager, pushBody([{ ...snapshot(3), recordType: 'verdict' }]));
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'mutations.0.recordType' });
  });

  it('refuses a comment over its length, naming the field', async () => {
    const reply = await push(t, council, [comment(1, randomUUID(), 'x'.repeat(5001))]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.text' });
  });
});

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { joinAs } from './support/devices';
import { joinAnotherDevice } from './support/extraDevices';
import { edit, remove } from './support/mutations';
import { newAcceptance, newComment, newOutputDraft, publish } from './support/outputs';
import { pullAll, push, refusalOf } from './support/sync';
import { joinCouncil } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;
let council: JoinResponse;
const snapshotId = randomUUID();

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
  council = await joinCouncil(t, manager, 1);
  await push(t, manager, [publish(2, snapshotId)]);
});
afterEach(async () => {
  await t.close();
});

const recordFor = async (device: JoinResponse, id: string) =>
  (await pullAll(t, device)).changes.filter((change) => change.record.id === id).at(-1)?.record;

describe('published snapshots', () => {
  it('are numbered by the server, 1, 2, 3 … per kind, withdrawn ones counted', async () => {
    const second = randomUUID();
    const letter = randomUUID();
    const third = randomUUID();
    await push(t, manager, [
      { ...publish(3, second), changes: { ...publish(3, second).changes, number: 40 } },
      publish(4, letter, 'summary letter', 'Summary letter'),
      remove(5, 'publishedSnapshot', second),
      publish(6, third),
    ]);
    expect(await recordFor(manager, snapshotId)).toMatchObject({ number: 1 });
    expect(await recordFor(manager, second)).toMatchObject({ number: 2, deleted: true });
    expect(await recordFor(manager, letter)).toMatchObject({ number: 1 });
    expect(await recordFor(manager, third)).toMatchObject({ number: 3 });
  });

  it('refuse an edit of the title or the body: a new version is a new snapshot', async () => {
    const reply = await push(t, manager, [
      edit(3, 'publishedSnapshot', snapshotId, { title: 'Feedback presentation (corrected)' }),
      edit(4, 'publishedSnapshot', snapshotId, { body: { sections: [] } }),
      edit(5, 'publishedSnapshot', snapshotId, { title: 'Feedback presentation' }),
    ]);
    expect(refusalOf(reply, 3)).toMatchObject({ code: 'forbidden', field: 'mutations.0.changes.title' });
    expect(refusalOf(reply, 4)).toMatchObject({ code: 'forbidden', field: 'mutations.1.changes.body' });
    // The same value is no change.
    expect(reply.results[2]).toMatchObject({ status: 'applied' });
    expect(await recordFor(manager, snapshotId)).toMatchObject({ title: 'Feedback presentation', number: 1 });
  });

  it('stay withdrawn: a late edit from another tablet is refused and the snapshot stays deleted', async () => {
    const otherTablet = await joinAnotherDevice(t, manager.memberId);
    await push(t, manager, [remove(3, 'publishedSnapshot', snapshotId)]);
    const late = await push(t, otherTablet, [
      edit(1, 'publishedSnapshot', snapshotId, { title: 'Feedback presentation' }),
    ]);
    expect(refusalOf(late, 1)).toMatchObject({ code: 'forbidden', field: 'mutations.0.recordId' });
    expect(await recordFor(manager, snapshotId)).toMatchObject({ deleted: true, conflicts: [] });
    expect(await recordFor(council, snapshotId)).toEqual({ id: snapshotId, rev: expect.any(Number), deleted: true });
  });

  it('a withdrawal wins over an edit it had not seen', async () => {
    const otherTablet = await joinAnotherDevice(t, manager.memberId);
    await push(t, otherTablet, [edit(1, 'publishedSnapshot', snapshotId, { title: 'Feedback presentation' })]);
    await push(t, manager, [remove(3, 'publishedSnapshot', snapshotId)]);
    expect(await recordFor(manager, snapshotId)).toMatchObject({ deleted: true, conflicts: [] });
  });
});

describe('accuracy comments', () => {
  it('the council writes open comments on a section or paragraph; the manager answers and closes them', async () => {
    const id = randomUUID();
    await push(t, council, [newComment(1, snapshotId, { status: 'open', answer: '' }, id)]);
    // The manager answers the comment as pulled.
    const base = Number((await recordFor(manager, id))?.rev);
    const answered = await push(t, manager, [
      {
        ...edit(3, 'accuracyComment', id, { answer: 'Thank you: corrected in the letter.', status: 'answered' }),
        baseRevs: { answer: base, status: base },
      },
      { ...edit(4, 'accuracyComment', id, { status: 'closed' }), baseRevs: { status: base } },
    ]);
    expect(answered.results).toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
    expect(await recordFor(council, id)).toMatchObject({
      sectionIndex: 0,
      blockIndex: 1,
      status: 'closed',
      answer: 'Thank you: corrected in the letter.',
      authorId: council.memberId,
    });
  });

  it('refuses a council member setting the status or answer, or rewording a comment once answered', async () => {
    const id = randomUUID();
    const refused = await push(t, council, [
      newComment(1, snapshotId, { status: 'closed' }),
      newComment(2, snapshotId, { answer: 'Answered myself' }),
      newComment(3, snapshotId, {}, id),
      edit(4, 'accuracyComment', id, { status: 'closed' }),
    ]);
    for (const seq of [1, 2, 4]) expect(refusalOf(refused, seq).code).toBe('forbidden');
    await push(t, manager, [edit(3, 'accuracyComment', id, { answer: 'Noted.', status: 'answered' })]);
    const late = await push(t, council, [edit(5, 'accuracyComment', id, { text: 'Changed my mind.' })]);
    expect(refusalOf(late, 5).code).toBe('forbidden');
  });

  it('refuses the manager rewording or deleting a council member’s comment, and a peer answering one', async () => {
    const id = randomUUID();
    await push(t, council, [newComment(1, snapshotId, {}, id)]);
    const byManager = await push(t, manager, [
      edit(3, 'accuracyComment', id, { text: 'What they meant' }),
      remove(4, 'accuracyComment', id),
    ]);
    for (const seq of [3, 4]) expect(refusalOf(byManager, seq).code).toBe('forbidden');
    const byPeer = await push(t, lead, [edit(1, 'accuracyComment', id, { answer: 'From a peer' })]);
    expect(refusalOf(byPeer, 1).code).toBe('forbidden');
  });

  it('must point at a live snapshot, a section it has and a block of that section (or null)', async () => {
    const reply = await push(t, council, [
      newComment(1, randomUUID()),
      newComment(2, snapshotId, { sectionIndex: 2 }),
      newComment(3, snapshotId, { sectionIndex: 1, blockIndex: 1 }),
      newComment(4, snapshotId, { sectionIndex: 1, blockIndex: null }),
    ]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.snapshotId' });
    expect(refusalOf(reply, 2)).toMatchObject({ code: 'bad_request', field: 'mutations.1.changes.sectionIndex' });
    expect(refusalOf(reply, 3)).toMatchObject({ code: 'bad_request', field: 'mutations.2.changes.blockIndex' });
    expect(reply.results[3]).toMatchObject({ status: 'applied' });
    await push(t, manager, [remove(3, 'publishedSnapshot', snapshotId)]);
    const onWithdrawn = await push(t, council, [newComment(5, snapshotId)]);
    expect(refusalOf(onWithdrawn, 5).field).toBe('mutations.0.changes.snapshotId');
  });
});

describe('the outputs’ own records', () => {
  it('the manager writes them, accepted by the member of the token; peers read them; the council may not write them', async () => {
    const draft = newOutputDraft(3);
    const acceptance = {
      ...newAcceptance(4, draft.recordId),
      changes: { ...newAcceptance(4, draft.recordId).changes, acceptedById: lead.memberId },
    };
    await push(t, manager, [draft, acceptance]);
    expect(await recordFor(lead, acceptance.recordId)).toMatchObject({ acceptedById: manager.memberId });
    expect(await recordFor(lead, draft.recordId)).toMatchObject({ summary: 'Draft summary only the team reads.' });
    const byPeer = await push(t, lead, [
      edit(1, 'outputDraft', draft.recordId, { summary: 'A peer’s' }),
      newOutputDraft(2),
    ]);
    for (const seq of [1, 2]) expect(refusalOf(byPeer, seq).code).toBe('forbidden');
    const byCouncil = await push(t, council, [newOutputDraft(1), newAcceptance(2, draft.recordId)]);
    for (const seq of [1, 2])
      expect(byCouncil.results.find((result) => result.seq === seq)).toMatchObject({ status: 'refused', record: null });
    // Fixed once made: a later edit cannot make it someone else's.
    await push(t, manager, [edit(5, 'attributionAcceptance', acceptance.recordId, { acceptedById: lead.memberId })]);
    expect(await recordFor(lead, acceptance.recordId)).toMatchObject({ acceptedById: manager.memberId });
  });
});

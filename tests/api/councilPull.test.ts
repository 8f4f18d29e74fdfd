import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewTeamAuthorId } from '../../src/domain/records/accuracyComment';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { joinAs } from './support/devices';
import { joinAnotherDevice } from './support/extraDevices';
import { edit, newNote, remove } from './support/mutations';
import { newComment, newOutputDraft, publish } from './support/outputs';
import { pull, pullAll, push } from './support/sync';
import { joinCouncil } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

/**
 * What the council's pull carries (issue 9): each of these leaked before the council had
 * a pull of its own, and each is shown here with the API alone.
 */
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

/** The newest copy of a record the device pulls from the start. */
const recordFor = async (device: JoinResponse, id: string) =>
  (await pullAll(t, device)).changes.filter((change) => change.record.id === id).at(-1)?.record;

describe('the council’s pull', () => {
  it('carries a withdrawn snapshot as {id, rev, deleted} only: no title, no body', async () => {
    expect(await recordFor(council, snapshotId)).toMatchObject({ title: 'Feedback presentation' });
    const seen = await pull(t, council);
    await push(t, manager, [remove(3, 'publishedSnapshot', snapshotId)]);

    const after = await pull(t, council, seen.cursor);
    expect(after.changes).toEqual([
      { recordType: 'publishedSnapshot', record: { id: snapshotId, rev: seen.cursor + 1, deleted: true } },
    ]);
    const fromStart = await pull(t, council);
    expect(JSON.stringify(fromStart)).not.toContain('Feedback presentation');
    expect(JSON.stringify(fromStart)).not.toContain('medium-term plan');
    // The team keeps the whole record: it published it.
    expect(await recordFor(manager, snapshotId)).toMatchObject({ deleted: true, title: 'Feedback presentation' });
  });

  it('never carries conflicts, which name team members and hold the team’s edits', async () => {
    const commentId = randomUUID();
    await push(t, council, [newComment(1, snapshotId, {}, commentId)]);
    const otherTablet = await joinAnotherDevice(t, manager.memberId);
    await push(t, manager, [
      edit(3, 'accuracyComment', commentId, { answer: 'Corrected in the letter.', status: 'answered' }),
    ]);
    // Written from the tablet that had not seen the first answer: it loses, and is kept.
    await push(t, otherTablet, [edit(1, 'accuracyComment', commentId, { answer: 'We checked: it was 2023.' })]);
    expect(await recordFor(manager, commentId)).toMatchObject({
      conflicts: [{ field: 'answer', value: 'We checked: it was 2023.', memberId: manager.memberId }],
    });

    const forCouncil = await pull(t, council);
    for (const change of forCouncil.changes) expect(change.record).toMatchObject({ conflicts: [] });
    expect(JSON.stringify(forCouncil)).not.toContain('We checked');
    expect(JSON.stringify(forCouncil)).not.toContain(manager.memberId);
  });

  it('carries a comment the team wrote with no member id (the review team); the council’s own keep theirs', async () => {
    const teamComment = randomUUID();
    const councilComment = randomUUID();
    await push(t, manager, [newComment(3, snapshotId, { text: 'A note from the team.' }, teamComment)]);
    await push(t, council, [newComment(1, snapshotId, {}, councilComment)]);

    expect(await recordFor(council, teamComment)).toMatchObject({ authorId: reviewTeamAuthorId });
    expect(await recordFor(council, councilComment)).toMatchObject({ authorId: council.memberId });
    expect(JSON.stringify(await pull(t, council))).not.toContain(manager.memberId);
    // The team sees who wrote it.
    expect(await recordFor(lead, teamComment)).toMatchObject({ authorId: manager.memberId });
  });

  it('moves its cursor only with what the council may read: the team’s work leaves it still', async () => {
    const before = await pull(t, council);
    // Its engagement (created first) and the snapshot, under the council's own numbers.
    expect(before.changes.map((change) => [change.recordType, change.record.rev])).toEqual([
      ['engagement', 1],
      ['publishedSnapshot', 2],
    ]);
    expect(before.cursor).toBe(2);

    await push(t, lead, [newNote(1), newNote(2), newNote(3)]);
    await push(t, manager, [newOutputDraft(3), newNote(4)]);
    const quiet = await pull(t, council, before.cursor);
    expect(quiet).toMatchObject({ changes: [], cursor: before.cursor, hasMore: false });
    expect((await pull(t, council)).cursor).toBe(before.cursor);

    // A comment and its answer: one council change number each, nothing in between.
    const commentId = randomUUID();
    const written = await push(t, council, [newComment(1, snapshotId, {}, commentId)]);
    expect(written.results).toMatchObject([{ status: 'applied', rev: before.cursor + 1 }]);
    await push(t, lead, [newNote(4)]);
    await push(t, manager, [edit(5, 'accuracyComment', commentId, { answer: 'Thank you: corrected.' })]);
    const answered = await pull(t, council, before.cursor);
    expect(answered.cursor).toBe(before.cursor + 2);
    expect(answered.changes.map((change) => change.record.rev)).toEqual([before.cursor + 2]);
  });

  it('carries its engagement without the team’s roles to check, and moves only when what it sees changes', async () => {
    const engagementId = t.demo.engagementId;
    const seen = await pull(t, council);
    const roles = {
      ...edit(3, 'engagement', engagementId, {}),
      setChanges: { rolesToCheck: { add: ['the Head of Commissioning'], remove: [] } },
    };
    expect((await push(t, manager, [roles])).results).toMatchObject([{ status: 'applied' }]);
    expect(await pull(t, council, seen.cursor)).toMatchObject({ changes: [], cursor: seen.cursor });

    await push(t, manager, [edit(4, 'engagement', engagementId, { onSiteTo: '2026-12-05' })]);
    const moved = await pull(t, council, seen.cursor);
    expect(moved.changes).toEqual([
      {
        recordType: 'engagement',
        record: expect.objectContaining({
          id: engagementId,
          rev: seen.cursor + 1,
          onSiteTo: '2026-12-05',
          rolesToCheck: [],
        }),
      },
    ]);
    expect(JSON.stringify(await pullAll(t, council))).not.toContain('Head of Commissioning');
    expect(await recordFor(manager, engagementId)).toMatchObject({ rolesToCheck: ['the Head of Commissioning'] });
  });

  it('does not move when the team settles a conflict on a comment, which changes nothing the council sees', async () => {
    const commentId = randomUUID();
    await push(t, council, [newComment(1, snapshotId, {}, commentId)]);
    const otherTablet = await joinAnotherDevice(t, manager.memberId);
    await push(t, manager, [edit(3, 'accuracyComment', commentId, { answer: 'First answer.' })]);
    await push(t, otherTablet, [edit(1, 'accuracyComment', commentId, { answer: 'Second answer.' })]);
    const seen = await pull(t, council);
    const [conflict] = ((await recordFor(manager, commentId))?.conflicts ?? []) as { field: string; rev: number }[];
    if (!conflict) throw new Error('expected a conflict');

    await push(t, manager, [
      {
        ...edit(4, 'accuracyComment', commentId, {}),
        resolvedConflicts: [{ field: conflict.field, rev: conflict.rev }],
      },
    ]);
    expect(await recordFor(manager, commentId)).toMatchObject({ conflicts: [] });
    expect(await pull(t, council, seen.cursor)).toMatchObject({ changes: [], cursor: seen.cursor });
  });

  it('gives the council its own numbers to edit from: a reworded comment applies, no conflict', async () => {
    const commentId = randomUUID();
    await push(t, council, [newComment(1, snapshotId, {}, commentId)]);
    await push(t, lead, [newNote(1), newNote(2)]);
    const seen = await recordFor(council, commentId);
    const rev = Number(seen?.rev);
    await push(t, council, [
      { ...edit(2, 'accuracyComment', commentId, { text: 'It opened in March 2024.' }), baseRevs: { text: rev } },
    ]);
    expect(await recordFor(manager, commentId)).toMatchObject({ text: 'It opened in March 2024.', conflicts: [] });
    expect(await recordFor(council, commentId)).toMatchObject({ text: 'It opened in March 2024.', rev: rev + 1 });
  });
});

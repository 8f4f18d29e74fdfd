import { maxNotesPerFinding, type Finding } from '../records/finding';

/**
 * Merging duplicate findings and undoing it, as ordinary edits of finding records: each
 * is computed from the records as they are when it is made, never from a memory of the
 * merge, so an undo works on this device, after sync, and on another device alike.
 */

/** One edit to one finding: the set fields it rewrites, or a delete (a tombstone). */
export type FindingChange = {
  findingId: string;
  op: 'upsert' | 'delete';
  changes: Partial<Pick<Finding, 'noteIds' | 'mergedFromIds' | 'mergedNoteIds'>>;
};

export type MergePlan = { ok: true; changes: FindingChange[] } | { ok: false; reason: string };

type MergeInput = Pick<Finding, 'id' | 'themeId' | 'deleted' | 'noteIds' | 'mergedFromIds' | 'mergedNoteIds'>;

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/**
 * Merges `others` into `survivor`: the survivor keeps the evidence of all (the union of
 * their notes), remembers each merged finding and what each had been merged from, and
 * which notes it gained by the merge (`mergedNoteIds`); the others become tombstones
 * that keep their own notes, so undo can revive them.
 */
export function mergeFindings(survivor: MergeInput, others: readonly MergeInput[]): MergePlan {
  if (others.length === 0) return { ok: false, reason: 'Choose at least two findings to merge.' };
  const ids = new Set([survivor.id, ...others.map((other) => other.id)]);
  if (ids.size !== others.length + 1) return { ok: false, reason: 'A finding cannot be merged into itself.' };
  if ([survivor, ...others].some((finding) => finding.deleted)) {
    return { ok: false, reason: 'One of these findings has been deleted or merged already.' };
  }
  if (others.some((other) => other.themeId !== survivor.themeId)) {
    return { ok: false, reason: 'Only findings of the same theme can be merged.' };
  }
  const noteIds = union([survivor.noteIds, ...others.map((other) => other.noteIds)]);
  if (noteIds.length > maxNotesPerFinding) {
    return { ok: false, reason: `A finding holds at most ${maxNotesPerFinding} notes.` };
  }
  const mergedFromIds = union([
    survivor.mergedFromIds,
    ...others.flatMap((other) => [[other.id], other.mergedFromIds]),
  ]).filter((id) => id !== survivor.id);
  const ownNotes = new Set(survivor.noteIds);
  const mergedNoteIds = union([survivor.mergedNoteIds, noteIds.filter((id) => !ownNotes.has(id))]);
  return {
    ok: true,
    changes: [
      { findingId: survivor.id, op: 'upsert', changes: { noteIds, mergedFromIds, mergedNoteIds } },
      ...others.map((other): FindingChange => ({ findingId: other.id, op: 'delete', changes: {} })),
    ],
  };
}

/**
 * The findings merged straight into `survivor`, as opposed to those merged earlier into
 * one of them (their ids travel along, and come back out with it): what "Unmerge" offers.
 */
export function directlyMergedIds(survivor: MergeInput, mergedFrom: ReadonlyMap<string, MergeInput>): string[] {
  const nested = new Set(survivor.mergedFromIds.flatMap((id) => mergedFrom.get(id)?.mergedFromIds ?? []));
  return survivor.mergedFromIds.filter((id) => !nested.has(id));
}

/**
 * Undoes the merge of `reviveIds` into `survivor`. Each is revived (an upsert clears the
 * tombstone; it still holds its own notes and what it was merged from), and the survivor
 * gives back their ids, the ids merged into them, and the notes they alone brought: notes
 * it gained by a merge (`mergedNoteIds`) that no finding still merged into it also cites.
 * A note the survivor cited itself, before the merge or added by hand since, stays.
 * `mergedFrom` holds the findings named in the survivor's `mergedFromIds`, as stored.
 */
export function unmergeFindings(
  survivor: MergeInput,
  reviveIds: readonly string[],
  mergedFrom: ReadonlyMap<string, MergeInput>,
): MergePlan {
  if (reviveIds.length === 0) return { ok: false, reason: 'Choose a finding to take back out.' };
  if (survivor.deleted) return { ok: false, reason: 'This finding has been deleted or merged into another.' };
  const revived: MergeInput[] = [];
  for (const id of new Set(reviveIds)) {
    if (!survivor.mergedFromIds.includes(id))
      return { ok: false, reason: 'That finding was not merged into this one.' };
    const finding = mergedFrom.get(id);
    if (!finding) return { ok: false, reason: 'That merged finding is not on this device yet: sync, then try again.' };
    revived.push(finding);
  }
  const leaving = new Set(revived.flatMap((finding) => [finding.id, ...finding.mergedFromIds]));
  const mergedFromIds = survivor.mergedFromIds.filter((id) => !leaving.has(id));
  const stillCited = new Set(mergedFromIds.flatMap((id) => mergedFrom.get(id)?.noteIds ?? []));
  const broughtByMerge = new Set(survivor.mergedNoteIds);
  const goingBack = new Set(
    revived.flatMap((finding) => finding.noteIds).filter((id) => broughtByMerge.has(id) && !stillCited.has(id)),
  );
  const noteIds = survivor.noteIds.filter((id) => !goingBack.has(id));
  const mergedNoteIds = survivor.mergedNoteIds.filter((id) => !goingBack.has(id));
  return {
    ok: true,
    changes: [
      { findingId: survivor.id, op: 'upsert', changes: { noteIds, mergedFromIds, mergedNoteIds } },
      // One already live (an edit on another device beat the merge's delete) needs no revival.
      ...revived
        .filter((finding) => finding.deleted)
        .map((finding): FindingChange => ({ findingId: finding.id, op: 'upsert', changes: {} })),
    ],
  };
}

type EvidenceInput = Pick<Finding, 'noteIds' | 'mergedNoteIds'>;
export type EvidenceChange = Pick<Finding, 'noteIds' | 'mergedNoteIds'>;

/**
 * Notes added by hand become the finding's own, even ones a merge brought before: an
 * undone merge never takes back what someone chose to cite.
 */
export function withNotesAdded(finding: EvidenceInput, added: readonly string[]): EvidenceChange {
  const adding = new Set(added);
  return {
    noteIds: union([finding.noteIds, added]),
    mergedNoteIds: finding.mergedNoteIds.filter((id) => !adding.has(id)),
  };
}

/** Notes taken out of a finding leave its record of what merges brought, too. */
export function withNotesRemoved(finding: EvidenceInput, removed: readonly string[]): EvidenceChange {
  const leaving = new Set(removed);
  return {
    noteIds: finding.noteIds.filter((id) => !leaving.has(id)),
    mergedNoteIds: finding.mergedNoteIds.filter((id) => !leaving.has(id)),
  };
}

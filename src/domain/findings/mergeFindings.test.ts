import { describe, expect, it } from 'vitest';
import type { Finding } from '../records/finding';
import {
  directlyMergedIds,
  mergeFindings,
  unmergeFindings,
  withNotesAdded,
  withNotesRemoved,
  type FindingChange,
} from './mergeFindings';

type Input = Pick<Finding, 'id' | 'themeId' | 'deleted' | 'noteIds' | 'mergedFromIds' | 'mergedNoteIds'>;
const theme = 't';
const finding = (id: string, noteIds: string[], extra: Partial<Input> = {}): Input => ({
  id,
  themeId: theme,
  deleted: false,
  noteIds,
  mergedFromIds: [],
  mergedNoteIds: [],
  ...extra,
});

/** Applies a plan's changes to records, as saving them would. */
function apply(records: Input[], changes: FindingChange[]): Map<string, Input> {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const change of changes) {
    const before = byId.get(change.findingId);
    if (!before) throw new Error(`no ${change.findingId}`);
    byId.set(change.findingId, { ...before, ...change.changes, deleted: change.op === 'delete' });
  }
  return byId;
}

function planned(plan: ReturnType<typeof mergeFindings>): FindingChange[] {
  if (!plan.ok) throw new Error(plan.reason);
  return plan.changes;
}

describe('merging duplicate findings', () => {
  it('keeps every note in the survivor, remembers what it merged, and deletes the others', () => {
    const a = finding('a', ['n1', 'n2']);
    const b = finding('b', ['n2', 'n3'], { mergedFromIds: ['old'] });
    const c = finding('c', ['n4']);
    const after = apply([a, b, c], planned(mergeFindings(a, [b, c])));
    expect(after.get('a')).toMatchObject({
      noteIds: ['n1', 'n2', 'n3', 'n4'],
      mergedFromIds: ['b', 'old', 'c'],
      // n2 was the survivor's own before the merge: only n3 and n4 came with it.
      mergedNoteIds: ['n3', 'n4'],
    });
    expect(after.get('b')).toMatchObject({ deleted: true, noteIds: ['n2', 'n3'], mergedFromIds: ['old'] });
    expect(after.get('c')).toMatchObject({ deleted: true, noteIds: ['n4'] });
  });

  it.each([
    ['no others', finding('a', []), [], 'at least two'],
    ['itself', finding('a', []), [finding('a', [])], 'into itself'],
    ['a deleted one', finding('a', []), [finding('b', [], { deleted: true })], 'deleted or merged'],
    ['another theme', finding('a', []), [finding('b', [], { themeId: 'other' })], 'same theme'],
  ])('refuses %s', (_, survivor, others, reason) => {
    const plan = mergeFindings(survivor, others);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toContain(reason);
  });

  it('refuses a merge that would hold more notes than a finding may', () => {
    const many = (prefix: string) => Array.from({ length: 600 }, (_, i) => `${prefix}${i}`);
    expect(mergeFindings(finding('a', many('x')), [finding('b', many('y'))]).ok).toBe(false);
  });
});

describe('undoing a merge', () => {
  it('revives the merged findings and takes back only the notes they alone brought', () => {
    const a = finding('a', ['n1']);
    const b = finding('b', ['n2', 'n3']);
    const c = finding('c', ['n3', 'n4']);
    const merged = apply([a, b, c], planned(mergeFindings(a, [b, c])));
    const survivor = merged.get('a') as Input;
    // After the merge someone added n5 to the survivor: undo leaves it there.
    const edited = { ...survivor, ...withNotesAdded(survivor, ['n5']) };
    merged.set('a', edited);
    const afterB = apply([...merged.values()], planned(unmergeFindings(edited, ['b'], merged)));
    // n3 is still cited by c, which is still merged: it stays.
    expect(afterB.get('a')).toMatchObject({ noteIds: ['n1', 'n3', 'n4', 'n5'], mergedFromIds: ['c'] });
    expect(afterB.get('b')).toMatchObject({ deleted: false, noteIds: ['n2', 'n3'] });
    expect(afterB.get('c')).toMatchObject({ deleted: true });
    const afterC = apply([...afterB.values()], planned(unmergeFindings(afterB.get('a') as Input, ['c'], afterB)));
    expect(afterC.get('a')).toMatchObject({ noteIds: ['n1', 'n5'], mergedFromIds: [] });
    expect(afterC.get('c')).toMatchObject({ deleted: false, noteIds: ['n3', 'n4'] });
  });

  it('undoes a whole merge in one go, back to the records before it', () => {
    const a = finding('a', ['n1']);
    const b = finding('b', ['n2']);
    const c = finding('c', ['n3']);
    const merged = apply([a, b, c], planned(mergeFindings(a, [b, c])));
    const undone = apply([...merged.values()], planned(unmergeFindings(merged.get('a') as Input, ['b', 'c'], merged)));
    expect([...undone.values()]).toEqual([a, b, c]);
  });

  it('takes a finding back out with what had been merged into it, which stays in it', () => {
    const old = finding('old', ['n0'], { deleted: true });
    const b = finding('b', ['n0', 'n2'], { mergedFromIds: ['old'] });
    const a = finding('a', ['n1']);
    const merged = apply([a, b, old], planned(mergeFindings(a, [b])));
    expect(directlyMergedIds(merged.get('a') as Input, merged)).toEqual(['b']);
    const undone = apply([...merged.values()], planned(unmergeFindings(merged.get('a') as Input, ['b'], merged)));
    expect(undone.get('a')).toMatchObject({ noteIds: ['n1'], mergedFromIds: [] });
    expect(undone.get('b')).toMatchObject({ deleted: false, mergedFromIds: ['old'] });
    expect(undone.get('old')).toMatchObject({ deleted: true });
  });

  it('does not revive again a finding that an edit elsewhere already brought back', () => {
    const a = finding('a', ['n1', 'n2'], { mergedFromIds: ['b'] });
    const b = finding('b', ['n2']);
    const plan = planned(unmergeFindings({ ...a, mergedNoteIds: ['n2'] }, ['b'], new Map([['b', b]])));
    expect(plan).toEqual([
      { findingId: 'a', op: 'upsert', changes: { noteIds: ['n1'], mergedFromIds: [], mergedNoteIds: [] } },
    ]);
  });

  it('keeps a note the survivor cited itself before the merge, though the revived finding cited it too', () => {
    const a = finding('a', ['shared', 'n1']);
    const b = finding('b', ['shared', 'n2']);
    const merged = apply([a, b], planned(mergeFindings(a, [b])));
    const undone = apply([...merged.values()], planned(unmergeFindings(merged.get('a') as Input, ['b'], merged)));
    expect(undone.get('a')).toMatchObject({ noteIds: ['shared', 'n1'], mergedNoteIds: [] });
    expect(undone.get('b')).toMatchObject({ deleted: false, noteIds: ['shared', 'n2'] });
  });

  it('keeps a note a merge brought once someone has added it by hand, and forgets a removed one', () => {
    const a = finding('a', ['n1']);
    const b = finding('b', ['n2', 'n3']);
    const merged = apply([a, b], planned(mergeFindings(a, [b])));
    const survivor = merged.get('a') as Input;
    expect(survivor.mergedNoteIds).toEqual(['n2', 'n3']);
    // n2 dragged onto the survivor again becomes its own; n3 taken out is no longer merged in.
    const chosen = { ...survivor, ...withNotesAdded(survivor, ['n2']) };
    const edited = { ...chosen, ...withNotesRemoved(chosen, ['n3']) };
    expect(edited).toMatchObject({ noteIds: ['n1', 'n2'], mergedNoteIds: [] });
    merged.set('a', edited);
    const undone = apply([...merged.values()], planned(unmergeFindings(edited, ['b'], merged)));
    expect(undone.get('a')).toMatchObject({ noteIds: ['n1', 'n2'], mergedFromIds: [] });
  });

  it.each([
    ['nothing', [], 'Choose'],
    ['a finding never merged into it', ['x'], 'not merged'],
    ['a merged finding this device lacks', ['b'], 'not on this device'],
  ])('refuses %s', (_, ids, reason) => {
    const plan = unmergeFindings(finding('a', [], { mergedFromIds: ['b'] }), ids, new Map());
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toContain(reason);
  });
});

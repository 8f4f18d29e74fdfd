import { useState } from 'react';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';

type Lists = ReadonlyMap<string, readonly Note[]>;

const sameNotes = (a: readonly Note[], b: readonly Note[]) =>
  a.length === b.length && a.every((note, i) => note === b[i]);

/**
 * Each finding's live notes, in the order it cites them. A finding whose notes did not
 * change keeps the same list between renders, so its card (memoised) is not drawn again
 * when a note moves elsewhere on the board.
 */
export function useFindingNotes(findings: readonly Finding[], notes: ReadonlyMap<string, Note>): Lists {
  const [kept, setKept] = useState<{ findings: readonly Finding[]; notes: ReadonlyMap<string, Note>; lists: Lists }>({
    findings: [],
    notes: new Map(),
    lists: new Map(),
  });
  if (kept.findings === findings && kept.notes === notes) return kept.lists;
  const lists = new Map<string, readonly Note[]>();
  for (const finding of findings) {
    const list = finding.noteIds.flatMap((id) => notes.get(id) ?? []);
    const before = kept.lists.get(finding.id);
    lists.set(finding.id, before && sameNotes(before, list) ? before : list);
  }
  setKept({ findings, notes, lists });
  return lists;
}

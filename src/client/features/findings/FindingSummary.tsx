import { memo } from 'react';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';

type Props = {
  finding: Finding;
  notes: ReadonlyMap<string, Note>;
  sessions: ReadonlyMap<string, Session>;
};

/** A finding's label and counts. Placeholder until triangulate() lands on main: live notes only. */
export const FindingSummary = memo(function FindingSummary({ finding, notes }: Props) {
  const live = finding.noteIds.filter((id) => notes.has(id)).length;
  return <p className="board-finding__summary">{live === 1 ? '1 note' : `${live} notes`}</p>;
});

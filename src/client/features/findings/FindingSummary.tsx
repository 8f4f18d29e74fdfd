import { memo } from 'react';
import { triangulate } from '../../../domain/findings/triangulation';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';

type Props = {
  finding: Finding;
  notes: ReadonlyMap<string, Note>;
  sessions: ReadonlyMap<string, Session>;
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A finding's triangulation label and counts (the domain's one rule), its reasons and any warning. */
export const FindingSummary = memo(function FindingSummary({ finding, notes, sessions }: Props) {
  const { label, counts, mixedEvidence, reasons, warning } = triangulate(finding, { notes, sessions });
  return (
    <div className="board-finding__summary">
      <p>
        <strong className={`board-label board-label--${label.replace(/\s+/g, '-')}`}>{label}</strong>
        {mixedEvidence ? <span className="board-mixed"> · mixed evidence</span> : null}
      </p>
      <p className="board-counts">
        read {counts.read} · heard {counts.heard} · seen {counts.seen} · {plural(counts.sessions, 'session')} ·{' '}
        {plural(counts.groups, 'group')} · {plural(counts.peers, 'peer')}
      </p>
      {reasons ? <p className="muted board-reasons">{reasons}</p> : null}
      {warning ? <p className="board-warning">Warning: {warning}</p> : null}
    </div>
  );
});

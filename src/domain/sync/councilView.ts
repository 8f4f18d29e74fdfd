import { reviewTeamAuthorId } from '../records/accuracyComment';
import type { RecordType } from '../records/recordTypes';
import { canRead } from './permissions';
import { sameJson } from './sameJson';

/** Whether a member id belongs to a council member of the engagement. */
export type IsCouncilMember = (memberId: unknown) => boolean;

/**
 * A record as a council member receives it, or undefined for a type the council may not
 * read. The council learns nothing of the team from it:
 * - `rev` is the council's own change number (`councilRev`), so the numbers it sees
 *   move only when something it may read changes, never with the team's work;
 * - a deleted record (a withdrawn snapshot) is only `{id, rev, deleted}`: its words go;
 * - `conflicts` never travel: they hold team members' ids and the team's edits;
 * - a comment a team member wrote carries `reviewTeamAuthorId`, not the member's id;
 * - a snapshot's record of the acceptances it relied on (the team's spans, reasons and
 *   members) stays with the team;
 * - the engagement's `rolesToCheck` (the roles the team's non-attribution check looks for,
 *   such as "the Head of Commissioning") stays with the team: the council sees which
 *   council, what and when.
 */
export function councilView(
  recordType: RecordType,
  record: Record<string, unknown>,
  councilRev: number,
  isCouncilMember: IsCouncilMember,
): Record<string, unknown> | undefined {
  if (!canRead('council', recordType)) return undefined;
  if (record.deleted === true) return { id: record.id, rev: councilRev, deleted: true };
  const view: Record<string, unknown> = { ...record, rev: councilRev, conflicts: [] };
  if (recordType === 'accuracyComment' && !isCouncilMember(record.authorId)) view.authorId = reviewTeamAuthorId;
  if (recordType === 'publishedSnapshot') delete view.acceptances;
  if (recordType === 'engagement') view.rolesToCheck = [];
  return view;
}

const nobodyIsCouncil: IsCouncilMember = () => false;

/**
 * Whether a write changes what the council sees of a record (a new record, a withdrawal,
 * an answer …), so it takes a new council change number. A team edit the council cannot
 * see (settling a conflict on a comment) takes none, so it cannot be noticed; nor can
 * `updatedAt` alone, which would say when the team was at work.
 */
export function changesCouncilView(
  recordType: RecordType,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): boolean {
  const seen = (record: Record<string, unknown>) => {
    const view = councilView(recordType, record, 0, nobodyIsCouncil);
    if (view === undefined) return undefined;
    const { updatedAt: _updatedAt, ...rest } = view;
    return rest;
  };
  const afterView = seen(after);
  if (afterView === undefined) return false;
  return before === undefined || !sameJson(seen(before), afterView);
}

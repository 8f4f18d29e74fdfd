import type { Finding } from '../../domain/records/finding';
import type { Note } from '../../domain/records/note';
import { recordSchemas } from '../../domain/records/recordTypes';
import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { Session } from '../../domain/records/session';
import type { Theme } from '../../domain/records/theme';
import type { ListedRecord, Storage } from '../storage/storage';
import { assertEngagement, uuid } from './adminDevices';

/**
 * The server's copy of what triangulation and coverage read. Findings, notes, themes and
 * scope questions are live ones only; sessions include deleted ones, because a note counts
 * whatever its session's state (docs/triangulation.md).
 */
export type EngagementEvidence = {
  findings: Finding[];
  notes: Note[];
  sessions: Session[];
  themes: Theme[];
  scopeQuestions: ScopeQuestion[];
};

/** Rows read per query: the records are read in pages, inside one consistent read. */
const pageSize = 1000;

/** Stored records are full and valid; a bare tombstone ({id, rev, deleted}) does not parse and is skipped. */
function collect(row: ListedRecord, into: EngagementEvidence): void {
  const live = row.data.deleted !== true;
  switch (row.recordType) {
    case 'finding': {
      const parsed = recordSchemas.finding.safeParse(row.data);
      if (parsed.success && live) into.findings.push(parsed.data);
      return;
    }
    case 'note': {
      const parsed = recordSchemas.note.safeParse(row.data);
      if (parsed.success && live) into.notes.push(parsed.data);
      return;
    }
    case 'session': {
      const parsed = recordSchemas.session.safeParse(row.data);
      if (parsed.success) into.sessions.push(parsed.data);
      return;
    }
    case 'theme': {
      const parsed = recordSchemas.theme.safeParse(row.data);
      if (parsed.success && live) into.themes.push(parsed.data);
      return;
    }
    case 'scopeQuestion': {
      const parsed = recordSchemas.scopeQuestion.safeParse(row.data);
      if (parsed.success && live) into.scopeQuestions.push(parsed.data);
      return;
    }
    default:
      return;
  }
}

/** Reads an engagement's findings and their evidence from the server's database. */
export async function readEvidence(storage: Storage, engagementIdArg: string): Promise<EngagementEvidence> {
  const engagementId = uuid('engagement', engagementIdArg);
  return storage.read(async (tx) => {
    await assertEngagement(tx, engagementId);
    const evidence: EngagementEvidence = { findings: [], notes: [], sessions: [], themes: [], scopeQuestions: [] };
    for (let since = 0; ;) {
      const rows = await tx.listChanges(engagementId, since, pageSize);
      for (const row of rows) collect(row, evidence);
      const last = rows.at(-1);
      if (rows.length < pageSize || !last) return evidence;
      since = last.rev;
    }
  });
}

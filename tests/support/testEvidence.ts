/** Made-up records for the findings tests (domain tests cannot import tests/support). */
import type { EvidenceType, Note } from '../../src/domain/records/note';
import type { ScopeQuestion } from '../../src/domain/records/scopeQuestion';
import type { Session, StakeholderGroup } from '../../src/domain/records/session';
import type { CoverageCell, StillToCover } from '../../src/domain/records/stillToCover';
import type { Theme } from '../../src/domain/records/theme';

const at = '2026-11-23T09:00:00.000Z';
const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';

/** A session with these groups; only its id and groups matter to triangulation and coverage. */
export function testSession(id: string, stakeholderGroups: StakeholderGroup[]): Session {
  return {
    id,
    engagementId,
    rev: 1,
    updatedAt: at,
    deleted: false,
    conflicts: [],
    title: `Session ${id}`,
    kind: 'interview',
    stakeholderGroups,
    otherStakeholderGroup: '',
    startsAt: at,
    endsAt: at,
    location: '',
    assignedMemberIds: [],
    attendeeCount: null,
    attendeeNames: '',
    cancelled: false,
  };
}

let counter = 0;

/** A live note of this type in this session; ids are made unique unless given. */
export function testNote(evidenceType: EvidenceType, sessionId: string, fields: Partial<Note> = {}): Note {
  counter += 1;
  return {
    id: `note-${counter}`,
    engagementId,
    rev: 1,
    updatedAt: at,
    deleted: false,
    conflicts: [],
    sessionId,
    text: 'A note',
    evidenceType,
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId: 'peer-1',
    createdAt: at,
    documentReference: '',
    photoIds: [],
    ...fields,
  };
}

/** Notes written "heard@s1": the evidence type, then the session. */
export function notesFrom(specs: readonly string[], fields: Partial<Note> = {}): Note[] {
  return specs.map((spec) => {
    const [type, sessionId = ''] = spec.split('@');
    if (type !== 'read' && type !== 'heard' && type !== 'seen') throw new Error(`bad note spec ${spec}`);
    return testNote(type, sessionId, fields);
  });
}

export const byId = <T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> =>
  new Map(records.map((record) => [record.id, record]));

export function testTheme(id: string, position: number, deleted = false): Theme {
  return { id, engagementId, rev: 1, updatedAt: at, deleted, conflicts: [], name: `Theme ${id}`, position };
}

export function testScopeQuestion(id: string, position: number, deleted = false): ScopeQuestion {
  return { id, engagementId, rev: 1, updatedAt: at, deleted, conflicts: [], text: `Question ${id}?`, position };
}

/** A line of the "still to cover" list: about a cell, or free text when cell is null. */
export function testStillToCover(
  id: string,
  position: number,
  cell: CoverageCell | null,
  fields: Partial<StillToCover> = {},
): StillToCover {
  return {
    id,
    engagementId,
    rev: 1,
    updatedAt: at,
    deleted: false,
    conflicts: [],
    cell,
    text: '',
    position,
    done: false,
    ...fields,
  };
}

import type { TriangulateDb } from '../../src/client/store/db';
import type { Finding } from '../../src/domain/records/finding';
import type { Recommendation } from '../../src/domain/records/recommendation';
import { engagementId, memberId } from '../unit/storeFixtures';
import { engagementDb } from './setupHarness';

const synced = { engagementId, rev: 3, updatedAt: '2026-11-24T19:00:00.000Z', deleted: false, conflicts: [] };

export const themes = {
  leadership: {
    ...synced,
    id: 'a1a1a1a1-0000-4000-8000-000000000001',
    name: 'Vision, strategy and leadership',
    position: 0,
  },
  workforce: {
    ...synced,
    id: 'a1a1a1a1-0000-4000-8000-000000000002',
    name: 'Resource and workforce management',
    position: 1,
  },
};

function finding(id: string, themeId: string, headline: string, changes: Partial<Finding> = {}): Finding {
  return {
    ...synced,
    id,
    themeId,
    lane: 'strength',
    headline,
    explanation: '',
    status: 'agreed',
    position: 0,
    noteIds: [],
    mergedFromIds: [],
    mergedNoteIds: [],
    authorId: memberId,
    createdAt: '2026-11-24T18:00:00.000Z',
    ...changes,
  };
}

export const findings = {
  vision: finding('b2b2b2b2-0000-4000-8000-000000000001', themes.leadership.id, 'Leaders share a clear vision'),
  staffing: finding('b2b2b2b2-0000-4000-8000-000000000002', themes.workforce.id, 'Vacancies slow assessments', {
    lane: 'area for consideration',
  }),
  training: finding('b2b2b2b2-0000-4000-8000-000000000003', themes.workforce.id, 'Staff value the training offer', {
    position: 1,
  }),
  dropped: finding('b2b2b2b2-0000-4000-8000-000000000004', themes.workforce.id, 'Agency spend is rising', {
    status: 'dropped',
    position: 2,
  }),
};

/** A recommendation as if pulled from the server. */
export function recommendation(
  id: string,
  kind: Recommendation['kind'],
  text: string,
  position: number,
  findingIds: string[] = [],
): Recommendation {
  return { ...synced, id, kind, text, position, findingIds };
}

/** The engagement with two themes and their findings, and the recommendations given. */
export async function recommendationsDb(recommendations: Recommendation[] = []): Promise<TriangulateDb> {
  const db = await engagementDb();
  await db.theme.bulkPut(Object.values(themes));
  await db.finding.bulkPut(Object.values(findings));
  await db.recommendation.bulkPut(recommendations);
  return db;
}

import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { EngagementShell } from '../../src/client/app/EngagementShell';
import { CouncilCommentsPage } from '../../src/client/features/council/CouncilCommentsPage';
import { EveningPage } from '../../src/client/features/evening/EveningPage';
import { SnapshotPage } from '../../src/client/features/council/SnapshotPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import type { TriangulateDb } from '../../src/client/store/db';
import type { AccuracyComment } from '../../src/domain/records/accuracyComment';
import type { MemberRole } from '../../src/domain/records/member';
import type { PublishedSnapshot } from '../../src/domain/records/publishedSnapshot';
import { engagementId, joinedDb, memberId } from '../unit/storeFixtures';
import { services } from './captureFixtures';

const base = { engagementId, rev: 1, updatedAt: '2026-12-04T16:00:00.000Z', deleted: false, conflicts: [] };

/** A summary letter as the output model builds it: an unnumbered introduction, then numbered theme paragraphs. */
export const letter: PublishedSnapshot = {
  ...base,
  id: 'd4d4d4d4-0000-4000-8000-000000000001',
  title: 'Summary letter: adult social care peer challenge',
  kind: 'summary letter',
  number: 2,
  publishedAt: '2026-12-18T10:00:00.000Z',
  body: {
    sections: [
      { heading: 'Introduction', blocks: [{ kind: 'paragraph', text: 'The team was on site for four days.' }] },
      {
        heading: 'Working together: strengths',
        numbered: true,
        blocks: [
          { kind: 'paragraph', text: 'Partners praise the daily discharge call.' },
          { kind: 'paragraph', text: 'Reablement keeps 81% of people out of long-term care.' },
        ],
      },
      {
        heading: 'Recommendations',
        numbered: true,
        blocks: [{ kind: 'bullets', items: ['Agree one trusted assessment with the NHS.'] }],
      },
    ],
  },
};

export const presentation: PublishedSnapshot = {
  ...base,
  id: 'd4d4d4d4-0000-4000-8000-000000000002',
  title: 'Feedback presentation',
  kind: 'presentation',
  number: 1,
  publishedAt: '2026-11-26T15:00:00.000Z',
  body: { sections: [{ heading: 'Scope', blocks: [{ kind: 'paragraph', text: 'Two scope questions.' }] }] },
};

export const councilMemberId = '9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f';

/** A comment on the letter, by default the council's on paragraph 2 (section 1, block 1). */
export function comment(id: string, fields: Partial<AccuracyComment> = {}): AccuracyComment {
  return {
    ...base,
    id,
    snapshotId: letter.id,
    text: 'It is 79%, not 81%.',
    sectionIndex: 1,
    blockIndex: 1,
    status: 'open',
    answer: '',
    authorId: councilMemberId,
    createdAt: '2026-12-19T09:00:00.000Z',
    ...fields,
  };
}

/** A joined device (this device's member is `memberId`) with the given role, snapshots and comments. */
export async function councilDb(
  role: MemberRole,
  snapshots: PublishedSnapshot[] = [],
  comments: AccuracyComment[] = [],
): Promise<TriangulateDb> {
  const db = await joinedDb();
  await db.deviceIdentity.update(engagementId, { role });
  await db.member.put({ ...base, id: memberId, displayName: 'Priya Shah', role, position: 'lead peer' });
  await db.member.put({
    ...base,
    id: councilMemberId,
    displayName: 'Jo Council',
    role: 'council',
    position: 'council contact',
  });
  await db.publishedSnapshot.bulkPut(snapshots);
  await db.accuracyComment.bulkPut(comments);
  return db;
}

/** The team's own addresses, each standing in for its screen: the council must never see one. */
export const teamPaths = [
  'today',
  'timetable',
  'timetable/new',
  'setup',
  'sessions/1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  'team',
  'settings',
  'search',
  'evening',
  'evening/findings',
  'evening/coverage',
  'evening/recommendations',
  'evening/conflicts',
  'evening/council-comments',
];

/** The engagement's routes as App.tsx has them, team screens (but the evening hub) drawn as "Team screen …". */
export function renderEngagementAt(db: TriangulateDb, path: string) {
  return render(
    <AppServicesContext.Provider value={services(db)}>
      <MemoryRouter initialEntries={[`/engagements/${engagementId}${path}`]}>
        <Routes>
          <Route path="/engagements/:engagementId" element={<EngagementShell />}>
            <Route index element={<h1>Team screen: home</h1>} />
            {teamPaths
              .filter((team) => team !== 'evening' && team !== 'evening/council-comments')
              .map((team) => (
                <Route key={team} path={team} element={<h1>Team screen: {team}</h1>} />
              ))}
            <Route path="evening" element={<EveningPage />} />
            <Route path="evening/council-comments" element={<CouncilCommentsPage />} />
            <Route path="shared/:snapshotId" element={<SnapshotPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
}

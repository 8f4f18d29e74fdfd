import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { letterParagraphNumbers } from '../../../domain/outputs/letterParagraphNumbers';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getPublishedSnapshot, listAccuracyComments, listTeamMemberIds } from '../../store/accuracyCommentRepository';
import { placeName } from './commentPlace';
import { SnapshotSectionView } from './SnapshotSectionView';
import { snapshotDescription } from './snapshotWords';
import './council.css';

/** A published presentation or letter, read in the app, with the council's accuracy comments beside each part. */
export function SnapshotPage() {
  const { snapshotId = '' } = useParams();
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const { engagementId } = identity;
  const data = useLiveQuery(
    async () => ({
      snapshot: await getPublishedSnapshot(db, snapshotId),
      comments: await listAccuracyComments(db, engagementId, snapshotId),
      teamIds: new Set(await listTeamMemberIds(db, engagementId)),
    }),
    [db, engagementId, snapshotId],
  );
  const snapshot = data?.snapshot;
  const numbers = useMemo(() => (snapshot ? letterParagraphNumbers(snapshot.body) : []), [snapshot]);
  const back = (
    <p>
      <Link to={`/engagements/${engagementId}`} className="button-link">
        Shared with you
      </Link>
    </p>
  );
  if (data === undefined) return <p role="status">Opening…</p>;
  if (!snapshot) {
    return (
      <main>
        {back}
        <h1>No longer shared</h1>
        <p>The review team has withdrawn this, or it has not reached this device yet.</p>
      </main>
    );
  }
  return (
    <main className="shared-snapshot">
      {back}
      <h1>{snapshot.title}</h1>
      <p className="muted">{snapshotDescription(snapshot)}</p>
      <p>If anything here is factually wrong, comment on the paragraph or section: the review team will answer.</p>
      {snapshot.body.sections.map((section, sectionIndex) => (
        <SnapshotSectionView
          key={sectionIndex}
          snapshotId={snapshot.id}
          section={section}
          sectionIndex={sectionIndex}
          numbers={numbers[sectionIndex] ?? []}
          comments={data.comments.filter((comment) => comment.sectionIndex === sectionIndex)}
          nameOf={(blockIndex) => placeName(snapshot.body, numbers, sectionIndex, blockIndex)}
          myMemberId={identity.memberId}
          teamIds={data.teamIds}
          canComment={identity.role !== 'peer'}
        />
      ))}
    </main>
  );
}

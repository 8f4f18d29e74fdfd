import { useLiveQuery } from 'dexie-react-hooks';
import { EveningScreen } from '../../services/EveningScreen';
import { useAppServices } from '../../services/appServices';
import {
  listAllAccuracyComments,
  listPublishedSnapshots,
  listTeamMemberIds,
} from '../../store/accuracyCommentRepository';
import { SnapshotComments } from './SnapshotComments';
import './council.css';

function CommentsBySnapshot({ engagementId, editable }: { engagementId: string; editable: boolean }) {
  const { db } = useAppServices();
  const data = useLiveQuery(
    async () => ({
      snapshots: await listPublishedSnapshots(db, engagementId),
      comments: await listAllAccuracyComments(db, engagementId),
      teamIds: await listTeamMemberIds(db, engagementId),
    }),
    [db, engagementId],
  );
  if (!data) return <p role="status">Opening…</p>;
  if (data.snapshots.length === 0)
    return <p>Nothing is published to the council, so there is nothing to comment on.</p>;
  const team = new Set(data.teamIds);
  return (
    <>
      {data.snapshots.map((snapshot) => (
        <SnapshotComments
          key={snapshot.id}
          snapshot={snapshot}
          comments={data.comments.filter((comment) => comment.snapshotId === snapshot.id)}
          editable={editable}
          isTeamMember={(memberId) => team.has(memberId)}
        />
      ))}
    </>
  );
}

/**
 * What the council said about the published presentation and letter, for factual
 * accuracy: the challenge manager answers and closes each comment; peers read them.
 */
export function CouncilCommentsPage() {
  return (
    <EveningScreen title="Council comments" forCouncil="Your comments are beside what was shared with you.">
      {({ engagementId, editable }) => <CommentsBySnapshot engagementId={engagementId} editable={editable} />}
    </EveningScreen>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { EveningScreen } from '../../services/EveningScreen';
import { listConflicts } from '../../store/conflictQueries';
import { ConflictedRecordSection } from './ConflictedRecordSection';
import './conflicts.css';

/**
 * Screen 5 of the evening merge: every record on this device where sync kept a losing
 * value. The challenge manager settles each; peers read the list (they see where their
 * edits lost) but do not settle; the council sees none of it.
 */
export function ConflictsPage() {
  return (
    <EveningScreen title="Conflicts" forCouncil="Conflicts are the team’s own work: they are not shown to the council.">
      {({ engagementId, editable }) => <ConflictList engagementId={engagementId} canSettle={editable} />}
    </EveningScreen>
  );
}

function ConflictList({ engagementId, canSettle }: { engagementId: string; canSettle: boolean }) {
  const { db } = useAppServices();
  const data = useLiveQuery(() => listConflicts(db, engagementId), [db, engagementId]);
  if (!data) return <p aria-busy="true">Loading conflicts…</p>;
  if (data.conflicted.length === 0) return <p>No conflicts: every edit merged cleanly.</p>;
  return (
    <>
      <p>
        {canSettle
          ? 'Where two people changed the same thing at once, sync kept one value and set the other aside. Keep the current value, take the other, or write a merged one: your choice reaches every device.'
          : 'Where two people changed the same thing at once, sync kept one value and set the other aside. The challenge manager settles each one.'}
      </p>
      {data.conflicted.map((entry) => (
        <ConflictedRecordSection
          key={entry.record.id}
          entry={entry}
          recordsById={data.recordsById}
          canSettle={canSettle}
        />
      ))}
    </>
  );
}

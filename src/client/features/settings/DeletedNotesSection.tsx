import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { undoWindowDays } from '../../../domain/sync/undoWindow';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';

/**
 * The manager's "Empty deleted notes now": deleted notes are erased for good (words and
 * photos, on the server and, as they sync, on every device) without waiting for the undo
 * window to end. Asks once more first: nothing brings them back.
 */
export function DeletedNotesSection() {
  const { teamApi } = useAppServices();
  const { identity, syncEngine } = useEngagementContext();
  const [confirming, setConfirming] = useState(false);
  const empty = useMutation({
    mutationFn: async () => {
      // Deletes made here reach the server first, so they are emptied too.
      await syncEngine.syncNow();
      const erased = await teamApi.emptyDeletedNotes(identity.engagementId, await syncEngine.deviceToken());
      // This device pulls the erasures at once; the others at their next sync.
      await syncEngine.syncNow();
      return erased;
    },
    onSettled: () => setConfirming(false),
  });
  if (identity.role !== 'manager') return null;
  return (
    <section aria-labelledby="settings-deleted-notes">
      <h2 id="settings-deleted-notes">Deleted notes</h2>
      <p>
        A deleted note can be restored for {undoWindowDays} days. After that its words and photos are erased for good:
        on the server and on every device as it syncs.
      </p>
      {confirming ? (
        <div role="group" aria-label="Empty deleted notes">
          <p>Erase every deleted note and its photos now, for everyone? This cannot be undone.</p>
          <button type="button" onClick={() => empty.mutate()} disabled={empty.isPending}>
            Erase deleted notes for good
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} disabled={empty.isPending}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Empty deleted notes now
        </button>
      )}
      {empty.isSuccess ? (
        <p role="status">
          Erased {empty.data.notes} deleted {empty.data.notes === 1 ? 'note' : 'notes'} and {empty.data.photos}{' '}
          {empty.data.photos === 1 ? 'photo' : 'photos'}.
        </p>
      ) : null}
      {empty.isError ? <p role="alert">Could not empty the deleted notes: {empty.error.message}</p> : null}
    </section>
  );
}

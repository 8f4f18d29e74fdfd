import type { OutputDraft } from '../records/outputDraft';
import type { SnapshotKind } from '../records/publishedSnapshot';

/**
 * The draft of one kind of output. Two devices may each have started one offline: the
 * live one with the lowest id wins, the same on every device and on the server.
 */
export function currentDraft(drafts: readonly OutputDraft[], kind: SnapshotKind): OutputDraft | null {
  return (
    [...drafts]
      .filter((draft) => draft.kind === kind && !draft.deleted)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0] ?? null
  );
}

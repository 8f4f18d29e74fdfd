import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AttributionHit } from '../../../domain/outputs/attributionCheck';
import type { OutputDocument, OutputSources } from '../../../domain/outputs/outputDocument';
import { prepareOutput } from '../../../domain/outputs/prepareOutput';
import type { AttributionAcceptance } from '../../../domain/records/attributionAcceptance';
import type { PublishedSnapshot, SnapshotKind } from '../../../domain/records/publishedSnapshot';
import { useAppServices } from '../../services/appServices';
import { listAcceptances } from '../../store/attributionAcceptanceRepository';
import { countDocumentsReadOnDevice, loadOutputSources } from '../../store/outputSourcesQuery';
import { listSnapshots } from '../../store/publishedSnapshotRepository';

export type OutputState = {
  sources: OutputSources;
  document: OutputDocument;
  /** Every hit of the non-attribution check, accepted or not. */
  hits: AttributionHit[];
  unresolved: AttributionHit[];
  acceptances: AttributionAcceptance[];
  /** Snapshots of this kind, withdrawn ones included, newest first. */
  snapshots: PublishedSnapshot[];
};

/**
 * One output as it stands on this device, live: the document built from the stored
 * records, the non-attribution check over its texts, and what has been accepted and
 * published. Undefined while loading, null when the engagement is not here.
 */
export function useOutput(engagementId: string, kind: SnapshotKind): OutputState | null | undefined {
  const { db } = useAppServices();
  const stored = useLiveQuery(async () => {
    const [sources, acceptances, snapshots] = await Promise.all([
      loadOutputSources(db, engagementId, kind),
      listAcceptances(db, engagementId),
      listSnapshots(db, engagementId),
    ]);
    return { sources, acceptances, snapshots: snapshots.filter((snapshot) => snapshot.kind === kind) };
  }, [db, engagementId, kind]);

  const documentsRead = useLiveQuery(() => countDocumentsReadOnDevice(db, engagementId), [db, engagementId]);

  return useMemo(() => {
    if (!stored || documentsRead === undefined) return undefined;
    const { acceptances, snapshots } = stored;
    if (!stored.sources) return null;
    const sources = { ...stored.sources, documentsRead };
    return { sources, ...prepareOutput(sources, kind, acceptances), acceptances, snapshots };
  }, [stored, documentsRead, kind]);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { getEngagement, listMembers, listSessions } from '../../store/engagementQueries';

/** The engagement, its sessions by start, and the names of peers assigned — all from IndexedDB. */
export function useTimetable(engagementId: string) {
  const { db } = useAppServices();
  const data = useLiveQuery(
    async () => ({
      engagement: await getEngagement(db, engagementId),
      sessions: await listSessions(db, engagementId),
      members: await listMembers(db, engagementId),
    }),
    [db, engagementId],
  );
  const peerNamesOf = (memberIds: readonly string[]) =>
    memberIds.map((id) => data?.members.find((member) => member.id === id)?.displayName ?? 'a teammate');
  return { data, peerNamesOf };
}

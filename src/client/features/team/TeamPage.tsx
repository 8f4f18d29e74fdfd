import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { listMembers } from '../../store/engagementQueries';
import { AddMemberForm } from './AddMemberForm';
import { DevicesTable } from './DevicesTable';
import { teamFailureMessage } from './failureMessage';
import { MembersTable } from './MembersTable';
import { useTeamQueries } from './teamQueries';

/** The challenge manager's team: who is on it, their join links and their devices. */
export function TeamPage() {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const members = useLiveQuery(() => listMembers(db, engagementId), [db, engagementId]) ?? [];
  const team = useTeamQueries();

  if (identity.role !== 'manager') {
    return (
      <main>
        <h1>Team</h1>
        <p>Only the challenge manager invites people and manages devices.</p>
      </main>
    );
  }
  const nameOf = (memberId: string) => members.find((member) => member.id === memberId)?.displayName ?? 'Unknown';
  return (
    <main>
      <h1>Team</h1>
      <MembersTable members={members} invites={team.invites.data ?? []} team={team} />
      {team.invites.isError ? <p role="alert">{teamFailureMessage(team.invites.error)}</p> : null}
      <AddMemberForm engagementId={engagementId} />
      <DevicesTable devices={team.devices.data ?? []} nameOf={nameOf} team={team} />
      {team.devices.isError ? <p role="alert">{teamFailureMessage(team.devices.error)}</p> : null}
    </main>
  );
}

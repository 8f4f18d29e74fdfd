import type { Member } from '../../../domain/records/member';
import type { Invite } from '../../../domain/sync/teamApi';
import { formatSessionTime } from '../../ui/formatTime';
import { teamFailureMessage } from './failureMessage';
import { InviteLinkPanel } from './InviteLinkPanel';
import type { useTeamQueries } from './teamQueries';

type Props = { members: Member[]; invites: Invite[]; team: ReturnType<typeof useTeamQueries> };

/** Each member with their join links: make a new one, see when it expires, revoke it. */
export function MembersTable({ members, invites, team }: Props) {
  const created = team.createInvite.data;
  const createdFor = members.find((member) => member.id === created?.invite.memberId);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {created && createdFor ? (
        <InviteLinkPanel url={created.url} memberName={createdFor.displayName} expiresAt={created.invite.expiresAt} />
      ) : null}
      {team.createInvite.isError ? <p role="alert">{teamFailureMessage(team.createInvite.error)}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Position</th>
            <th scope="col">Join links</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.displayName}</th>
              <td>{member.position}</td>
              <td>
                <ul className="link-list">
                  {invites
                    .filter((invite) => invite.memberId === member.id)
                    .map((invite) => (
                      <li key={invite.id}>
                        {invite.status}, expires {formatSessionTime(invite.expiresAt)}{' '}
                        {invite.status === 'pending' ? (
                          <button
                            type="button"
                            onClick={() => team.revokeInvite.mutate(invite.id)}
                            aria-label={`Revoke join link for ${member.displayName} expiring ${formatSessionTime(invite.expiresAt)}`}
                          >
                            Revoke
                          </button>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => team.createInvite.mutate(member.id)}
                  disabled={team.createInvite.isPending}
                >
                  Create join link<span className="visually-hidden"> for {member.displayName}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useEngagementContext } from './engagementContext';

/**
 * The frame of every evening screen: back to the Evening hub, the heading, and the screen
 * itself for the team, the manager editing and peers reading. The council sees only
 * `forCouncil`: what the team works on in the evening stays with the team.
 */
export function EveningScreen({
  title,
  forCouncil,
  children,
}: {
  title: string;
  forCouncil: string;
  children: (team: { engagementId: string; editable: boolean }) => ReactNode;
}) {
  const { identity } = useEngagementContext();
  return (
    <main>
      <p>
        <Link to={`/engagements/${identity.engagementId}/evening`} className="button-link">
          Evening
        </Link>
      </p>
      <h1>{title}</h1>
      {identity.role === 'council' ? (
        <p>{forCouncil}</p>
      ) : (
        children({ engagementId: identity.engagementId, editable: identity.role === 'manager' })
      )}
    </main>
  );
}

import { Link } from 'react-router';
import { useEngagementContext } from '../../services/engagementContext';
import { CoverageScreen } from './CoverageScreen';
import './coverage.css';

/**
 * Screen 4 of the evening merge: where the evidence is and where it is thin, and the
 * "still to cover" list the manager keeps for tomorrow. Peers read; the council sees nothing.
 */
export function CoveragePage() {
  const { identity } = useEngagementContext();
  return (
    <main>
      <p>
        <Link to={`/engagements/${identity.engagementId}/evening`} className="button-link">
          Evening
        </Link>
      </p>
      <h1>Coverage</h1>
      {identity.role === 'council' ? (
        <p>Coverage stays with the team: it counts the team’s notes.</p>
      ) : (
        <CoverageScreen engagementId={identity.engagementId} editable={identity.role === 'manager'} />
      )}
    </main>
  );
}

import { Link } from 'react-router';
import { useEngagementContext } from '../../services/engagementContext';
import { RecommendationsEditor } from './RecommendationsEditor';
import './recommendations.css';

/**
 * Screen 6 of the evening merge: what the team recommends, grouped by kind, each resting
 * on findings. The challenge manager edits; peers read; the council never sees it here.
 */
export function RecommendationsPage() {
  const { identity } = useEngagementContext();
  return (
    <main>
      <p>
        <Link to={`/engagements/${identity.engagementId}/evening`} className="button-link">
          Evening
        </Link>
      </p>
      <h1>Recommendations</h1>
      {identity.role === 'council' ? (
        <p>Recommendations stay with the team until the challenge manager publishes the presentation.</p>
      ) : (
        <RecommendationsEditor engagementId={identity.engagementId} editable={identity.role === 'manager'} />
      )}
    </main>
  );
}

import { EveningScreen } from '../../services/EveningScreen';
import { RecommendationsEditor } from './RecommendationsEditor';
import './recommendations.css';

/**
 * Screen 6 of the evening merge: what the team recommends, grouped by kind, each resting
 * on findings. The challenge manager edits; peers read; the council never sees it here.
 */
export function RecommendationsPage() {
  return (
    <EveningScreen
      title="Recommendations"
      forCouncil="Recommendations stay with the team until the challenge manager publishes the presentation."
    >
      {({ engagementId, editable }) => <RecommendationsEditor engagementId={engagementId} editable={editable} />}
    </EveningScreen>
  );
}

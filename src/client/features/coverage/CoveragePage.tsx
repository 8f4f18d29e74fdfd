import { EveningScreen } from '../../services/EveningScreen';
import { CoverageScreen } from './CoverageScreen';
import './coverage.css';

/**
 * Screen 4 of the evening merge: where the evidence is and where it is thin, and the
 * "still to cover" list the manager keeps for tomorrow. Peers read; the council sees nothing.
 */
export function CoveragePage() {
  return (
    <EveningScreen title="Coverage" forCouncil="Coverage stays with the team: it counts the team’s notes.">
      {({ engagementId, editable }) => <CoverageScreen engagementId={engagementId} editable={editable} />}
    </EveningScreen>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getEngagement } from '../../store/engagementQueries';
import { EngagementDetailsForm } from './EngagementDetailsForm';
import { RolesToCheckSection } from './RolesToCheckSection';
import { ScopeQuestionsSection } from './ScopeQuestionsSection';
import { ThemesSection } from './ThemesSection';

/** The challenge manager prepares the engagement: details, scope questions and themes. */
export function SetupPage() {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const engagement = useLiveQuery(() => getEngagement(db, engagementId), [db, engagementId], null);

  if (identity.role !== 'manager') {
    return (
      <main>
        <h1>Engagement setup</h1>
        <p>Only the challenge manager sets up the engagement.</p>
      </main>
    );
  }
  if (engagement === null) return <p role="status">Opening the engagement…</p>;
  return (
    <main>
      <h1>Engagement setup</h1>
      {engagement ? (
        <EngagementDetailsForm engagement={engagement} />
      ) : (
        <p role="status">The engagement has not reached this device yet: sync when you have signal.</p>
      )}
      <ScopeQuestionsSection engagementId={engagementId} />
      <ThemesSection engagementId={engagementId} />
      {engagement ? <RolesToCheckSection engagement={engagement} /> : null}
    </main>
  );
}

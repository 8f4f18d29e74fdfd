import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { getTodayStillToCover } from '../../store/coverageQueries';
import { questionName, recordWords } from '../../ui/coverageWords';

/**
 * The challenge manager's "still to cover" lines not yet done, in the manager's order, for
 * every peer the next morning (read-only). Nothing when the list is empty. It reads no
 * notes, so Today opens as fast with 3,000 notes as with none.
 */
export function TodayStillToCover({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const view = useLiveQuery(() => getTodayStillToCover(db, engagementId), [db, engagementId]);
  if (!view || view.open.length === 0) return null;
  const names = {
    themes: new Map(view.themes.map((theme) => [theme.id, theme.name])),
    scopeQuestions: new Map(view.scopeQuestions.map((question) => [question.id, questionName(question)])),
  };
  return (
    <section aria-labelledby="today-still-to-cover">
      <h2 id="today-still-to-cover">Still to cover</h2>
      <ol aria-labelledby="today-still-to-cover">
        {view.open.map((record) => (
          <li key={record.id}>{recordWords(record, names)}</li>
        ))}
      </ol>
    </section>
  );
}

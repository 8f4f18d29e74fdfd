import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { getCoverageView } from '../../store/coverageQueries';
import { lineWords, questionName } from '../../ui/coverageWords';

/**
 * The challenge manager's "still to cover" lines not yet done, in the manager's order, for
 * every peer the next morning (read-only). Nothing when the list is empty.
 */
export function TodayStillToCover({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const view = useLiveQuery(() => getCoverageView(db, engagementId), [db, engagementId]);
  if (!view) return null;
  const names = {
    themes: new Map(view.themes.map((theme) => [theme.id, theme.name])),
    scopeQuestions: new Map(view.scopeQuestions.map((question) => [question.id, questionName(question)])),
  };
  const open = view.lines.filter((line) => line.record !== null && !line.record.done);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="today-still-to-cover">
      <h2 id="today-still-to-cover">Still to cover</h2>
      <ol aria-labelledby="today-still-to-cover">
        {open.map((line) => (
          <li key={line.record?.id}>{lineWords(line, names)}</li>
        ))}
      </ol>
    </section>
  );
}

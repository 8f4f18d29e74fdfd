import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { useSharedLiveRead } from '../../services/useSharedLiveRead';
import { listRemovedThemesInUse } from '../../store/tagUsageQueries';
import { boardThemeWhenNoneChosen, boardVocabularyRead } from '../../store/themeBoardReads';
import { ThemeBoard } from './ThemeBoard';
import './findingsBoard.css';

/** "Findings": the evening's board, one theme at a time. */
export function FindingsPage() {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const { engagementId, memberId, role } = identity;
  const vocabulary = useSharedLiveRead(boardVocabularyRead(db, engagementId));
  // A removed theme's findings and notes stay on its board, offered after the live themes.
  const removedThemes = useLiveQuery(() => listRemovedThemesInUse(db, engagementId), [db, engagementId]) ?? [];
  const [params, setParams] = useSearchParams();
  if (role === 'council') {
    return (
      <main>
        <h1>Findings</h1>
        <p>Findings stay with the team until they are published.</p>
      </main>
    );
  }
  if (!vocabulary) return <p role="status">Opening the board…</p>;
  const themes = vocabulary.themes;
  const themeId =
    [...themes, ...removedThemes].find((theme) => theme.id === params.get('theme'))?.id ??
    boardThemeWhenNoneChosen(vocabulary);
  return (
    <main className="findings-page">
      <div className="findings-page__head">
        <h1>Findings</h1>
        {themes.length + removedThemes.length > 0 ? (
          <div className="findings-page__theme">
            <label htmlFor="board-theme">Theme</label>
            <select
              id="board-theme"
              value={themeId}
              onChange={(event) => setParams({ theme: event.target.value }, { replace: true })}
            >
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
              {removedThemes.length > 0 ? (
                <optgroup label="Removed themes still holding findings or notes">
                  {removedThemes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.name} (removed)
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
        ) : null}
      </div>
      {themeId ? (
        <ThemeBoard
          key={themeId}
          db={db}
          engagementId={engagementId}
          themeId={themeId}
          actor={{ memberId, role }}
          vocabulary={vocabulary}
        />
      ) : (
        <p>This engagement has no themes yet: the challenge manager adds them in Setup.</p>
      )}
    </main>
  );
}

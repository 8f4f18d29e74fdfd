import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StillToCover } from '../../../domain/records/stillToCover';
import { useAppServices } from '../../services/appServices';
import { getCoverageView } from '../../store/coverageQueries';
import {
  addStillToCover,
  deleteStillToCover,
  moveStillToCover,
  restoreStillToCover,
  setStillToCoverDone,
  setStillToCoverText,
} from '../../store/stillToCoverRepository';
import { questionName, type CoverageNames } from '../../ui/coverageWords';
import { CoverageTable, type CoverageRow } from './CoverageTable';
import { StillToCoverList, type ListActions } from './StillToCoverList';
import { useSaving } from '../../services/useSaving';

type Removed = { record: StillToCover; words: string };

/** The coverage grids and the "still to cover" list; `editable` for the challenge manager. */
export function CoverageScreen({ engagementId, editable }: { engagementId: string; editable: boolean }) {
  const { db } = useAppServices();
  const view = useLiveQuery(() => getCoverageView(db, engagementId), [db, engagementId]);
  const { run, error } = useSaving();
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [message, setMessage] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  // The removed line is gone: the focus goes to its Undo, not to the top of the page, in the
  // same commit that shows it (no frame with the focus nowhere).
  useLayoutEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  const names: CoverageNames = useMemo(
    () => ({
      themes: new Map(view?.themes.map((theme) => [theme.id, theme.name])),
      scopeQuestions: new Map(view?.scopeQuestions.map((question) => [question.id, questionName(question)])),
    }),
    [view],
  );
  if (!view) return <p role="status">Counting the notes…</p>;

  const themeRows: CoverageRow[] = view.themes.map((theme) => ({
    id: theme.id,
    name: theme.name,
    cells: view.cells.filter((cell) => cell.themeId === theme.id),
  }));
  const questionRows: CoverageRow[] = view.scopeQuestions.map((question) => ({
    id: question.id,
    name: question.text,
    cells: view.cells.filter((cell) => cell.scopeQuestionId === question.id),
  }));

  const actions: ListActions = {
    addCell: (cell) =>
      run(() =>
        addStillToCover(db, engagementId, {
          cell: {
            themeId: cell.themeId,
            scopeQuestionId: cell.scopeQuestionId,
            stakeholderGroup: cell.stakeholderGroup,
            evidenceType: cell.evidenceType,
          },
          text: '',
        }),
      ),
    addText: (text) => run(() => addStillToCover(db, engagementId, { cell: null, text })),
    move: (record, direction) => void run(() => moveStillToCover(db, engagementId, record.id, direction)),
    setDone: (record, done) => void run(() => setStillToCoverDone(db, engagementId, record.id, done)),
    setWords: (record, text) => run(() => setStillToCoverText(db, engagementId, record.id, text)),
    remove: (record, words) =>
      void run(() => deleteStillToCover(db, engagementId, record.id)).then(
        (ok) => ok && setRemoved({ record, words }),
      ),
  };
  const undo = async (gone: Removed) => {
    if (await run(() => restoreStillToCover(db, engagementId, gone.record.id))) {
      setRemoved(null);
      setMessage(`Brought back “${gone.words}”.`);
    }
  };

  return (
    <div className="coverage">
      <div className="coverage__grids">
        {view.themes.length === 0 && view.scopeQuestions.length === 0 ? (
          <p>No themes or scope questions yet: add them in Setup to see coverage.</p>
        ) : null}
        <CoverageTable
          caption="Notes by theme: stakeholder groups heard or seen, then evidence types"
          rowHeading="Theme"
          rows={themeRows}
        />
        <CoverageTable
          caption="Notes by scope question: stakeholder groups heard or seen, then evidence types"
          rowHeading="Scope question"
          rows={questionRows}
        />
      </div>
      <div className="coverage__list">
        {error ? <p role="alert">{error.message}</p> : null}
        <p role="status">
          {removed ? (
            <>
              Removed “{removed.words}”.{' '}
              <button type="button" ref={undoButton} onClick={() => void undo(removed)}>
                Undo
              </button>
            </>
          ) : (
            message
          )}
        </p>
        <StillToCoverList lines={view.lines} names={names} actions={editable ? actions : undefined} />
      </div>
    </div>
  );
}

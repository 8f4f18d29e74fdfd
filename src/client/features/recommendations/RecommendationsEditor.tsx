import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { recommendationKinds, type Recommendation } from '../../../domain/records/recommendation';
import { useAppServices } from '../../services/appServices';
import {
  addRecommendation,
  changeRecommendationKind,
  deleteRecommendation,
  editRecommendationText,
  listFindingsToRestOn,
  listRecommendations,
  moveRecommendation,
  restoreRecommendation,
  setFindingLinked,
} from '../../store/recommendationRepository';
import { listThemes } from '../../store/themeRepository';
import type { FocusRequest } from './focusRequest';
import { excerpt, kindWords } from './kindWords';
import { KindSection } from './KindSection';
import type { ItemActions } from './RecommendationItem';
import { useSaving } from '../../services/useSaving';

type Deleted = { recommendation: Recommendation; name: string };

/** The recommendations by kind; `editable` for the challenge manager, read-only for peers. */
export function RecommendationsEditor({ engagementId, editable }: { engagementId: string; editable: boolean }) {
  const { db } = useAppServices();
  const data = useLiveQuery(async () => {
    const [recommendations, findings, themes] = await Promise.all([
      listRecommendations(db, engagementId),
      listFindingsToRestOn(db, engagementId),
      listThemes(db, engagementId),
    ]);
    return { recommendations, findings, themes };
  }, [db, engagementId]);
  const findingsById = useMemo(() => new Map(data?.findings.map((finding) => [finding.id, finding])), [data]);
  const { run, error } = useSaving();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const onFocused = useCallback(() => setFocusRequest(null), []);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  // The deleted row is gone: the focus goes to its Undo, not to the top of the page, in the
  // same commit that shows it (no frame with the focus nowhere).
  useLayoutEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const actions: ItemActions & { add: (kind: Recommendation['kind'], text: string) => Promise<boolean> } = {
    add: (kind, text) => run(() => addRecommendation(db, engagementId, kind, text)),
    saveText: (id, text) => run(() => editRecommendationText(db, engagementId, id, text)),
    changeKind: (recommendation, kind) => {
      setFocusRequest({ id: recommendation.id, control: 'kind', kind });
      setMessage(`Moved to ${kindWords[kind].heading.toLowerCase()}: “${excerpt(recommendation.text)}”.`);
      void run(() => changeRecommendationKind(db, engagementId, recommendation.id, kind)).then(
        (ok) => ok || setFocusRequest(null),
      );
    },
    move: (recommendation, index, direction) => {
      const control = direction === -1 ? 'up' : 'down';
      setFocusRequest({ id: recommendation.id, control, kind: recommendation.kind, index: index + direction });
      void run(() => moveRecommendation(db, engagementId, recommendation.id, direction)).then(
        (ok) => ok || setFocusRequest(null),
      );
    },
    remove: (recommendation, name) => {
      void run(() => deleteRecommendation(db, engagementId, recommendation.id)).then(
        (ok) => ok && setDeleted({ recommendation, name }),
      );
    },
    link: (id, findingId) => run(() => setFindingLinked(db, engagementId, id, findingId, true)),
    unlink: (id, findingId) => void run(() => setFindingLinked(db, engagementId, id, findingId, false)),
  };

  const undo = async (gone: Deleted) => {
    const { recommendation } = gone;
    setFocusRequest({ id: recommendation.id, control: 'kind', kind: recommendation.kind });
    if (await run(() => restoreRecommendation(db, engagementId, recommendation.id))) {
      setDeleted(null);
      setMessage(`Brought back “${excerpt(recommendation.text)}”.`);
    } else setFocusRequest(null);
  };

  if (!data) return <p role="status">Opening the recommendations…</p>;
  const { recommendations, findings, themes } = data;
  const none = recommendations.length === 0;
  return (
    <>
      {error ? <p role="alert">{error.message}</p> : null}
      {none ? <EmptyState editable={editable} /> : null}
      <div role="status" className="recommendation-status">
        {deleted ? (
          <>
            Deleted {deleted.name.toLowerCase()}: “{excerpt(deleted.recommendation.text)}”.{' '}
            <button ref={undoButton} type="button" onClick={() => void undo(deleted)}>
              Undo <span className="visually-hidden">deleting {deleted.name.toLowerCase()}</span>
            </button>
          </>
        ) : (
          message
        )}
      </div>
      {none && !editable
        ? null
        : recommendationKinds.map((kind) => (
            <KindSection
              key={kind}
              kind={kind}
              recommendations={recommendations.filter((recommendation) => recommendation.kind === kind)}
              findings={findings}
              findingsById={findingsById}
              themes={themes}
              actions={editable ? actions : undefined}
              focusRequest={focusRequest}
              onFocused={onFocused}
            />
          ))}
    </>
  );
}

function EmptyState({ editable }: { editable: boolean }) {
  return editable ? (
    <p>
      No recommendations yet: start with the presenting issues, the answers to the scope questions, then the wider
      strategy and quick wins. Link each one to the findings it rests on, so the presentation can show its evidence.
    </p>
  ) : (
    <p>
      No recommendations yet: the challenge manager writes them at the evening merge, from the team’s findings. They
      show here once this device has synced.
    </p>
  );
}

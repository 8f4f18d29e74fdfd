import { useState, type FormEvent } from 'react';
import type { Finding } from '../../../domain/records/finding';
import type { Recommendation, RecommendationKind } from '../../../domain/records/recommendation';
import type { Theme } from '../../../domain/records/theme';
import type { FocusRequest } from './focusRequest';
import { kindWords } from './kindWords';
import { RecommendationItem, type ItemActions } from './RecommendationItem';

type Props = {
  kind: RecommendationKind;
  recommendations: readonly Recommendation[];
  findings: readonly Finding[];
  findingsById: ReadonlyMap<string, Finding>;
  themes: readonly Theme[];
  /** Absent when this person only reads. */
  actions?: ItemActions & { add: (kind: RecommendationKind, text: string) => Promise<boolean> };
  focusRequest: FocusRequest | null;
  onFocused: () => void;
};

/** One kind of recommendation: its heading, its recommendations in order, and (for the manager) a new one. */
export function KindSection({ kind, recommendations, actions, ...shared }: Props) {
  const words = kindWords[kind];
  const headingId = `recommendations-${kind.replaceAll(' ', '-')}`;
  return (
    <section aria-labelledby={headingId} className="recommendation-kind">
      <h2 id={headingId}>{words.heading}</h2>
      <p className="muted">{words.about}</p>
      {recommendations.length > 0 ? (
        <ol className="recommendation-list" aria-labelledby={headingId}>
          {recommendations.map((recommendation, index) => (
            <RecommendationItem
              key={recommendation.id}
              recommendation={recommendation}
              index={index}
              count={recommendations.length}
              actions={actions}
              {...shared}
            />
          ))}
        </ol>
      ) : (
        <p>None yet.</p>
      )}
      {actions ? <AddForm kind={kind} onAdd={actions.add} /> : null}
    </section>
  );
}

function AddForm({
  kind,
  onAdd,
}: {
  kind: RecommendationKind;
  onAdd: (kind: RecommendationKind, text: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState('');
  const noun = kindWords[kind].singular.toLowerCase();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim().length > 0 && (await onAdd(kind, draft.trim()))) setDraft('');
  };
  return (
    <form className="form-row" onSubmit={(event) => void add(event)}>
      <label className="recommendation__text-field">
        New {noun}
        <textarea value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={2000} rows={2} />
      </label>
      <button type="submit" className="primary" disabled={draft.trim().length === 0}>
        Add {noun}
      </button>
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Finding } from '../../../domain/records/finding';
import {
  recommendationKinds,
  type Recommendation,
  type RecommendationKind,
} from '../../../domain/records/recommendation';
import type { Theme } from '../../../domain/records/theme';
import { FindingPicker } from './FindingPicker';
import type { FocusRequest } from './focusRequest';
import { kindWords, recommendationName } from './kindWords';
import { RestsOnFindings } from './RestsOnFindings';

/** What the manager can do to one recommendation; each resolves true once saved. */
export type ItemActions = {
  saveText: (id: string, text: string) => Promise<boolean>;
  changeKind: (recommendation: Recommendation, kind: RecommendationKind) => void;
  move: (recommendation: Recommendation, index: number, direction: -1 | 1) => void;
  remove: (recommendation: Recommendation, name: string) => void;
  link: (id: string, findingId: string) => Promise<boolean>;
  unlink: (id: string, findingId: string) => void;
};

type Props = {
  recommendation: Recommendation;
  index: number;
  count: number;
  findings: readonly Finding[];
  findingsById: ReadonlyMap<string, Finding>;
  themes: readonly Theme[];
  /** Absent when this person only reads. */
  actions?: ItemActions;
  focusRequest: FocusRequest | null;
  onFocused: () => void;
};

/** One recommendation: its text, the findings it rests on, and (for the manager) its controls. */
export function RecommendationItem(props: Props) {
  const { recommendation, index, findings, findingsById, themes, actions } = props;
  const name = recommendationName(recommendation.kind, index);
  return (
    <li className="recommendation">
      <h3 className="recommendation__name">{name}</h3>
      {actions ? (
        <ManagerControls {...props} actions={actions} name={name} />
      ) : (
        <p className="recommendation__text">{recommendation.text || <em>(no text yet)</em>}</p>
      )}
      <h4 className="recommendation__rests-on">Rests on</h4>
      <RestsOnFindings
        name={name}
        findingIds={recommendation.findingIds}
        findingsById={findingsById}
        themes={themes}
        onUnlink={actions ? (findingId) => actions.unlink(recommendation.id, findingId) : undefined}
      />
      {actions ? (
        <FindingPicker
          name={name}
          findings={findings}
          themes={themes}
          linkedIds={recommendation.findingIds}
          onLink={(findingId) => actions.link(recommendation.id, findingId)}
        />
      ) : null}
    </li>
  );
}

function ManagerControls({
  recommendation,
  index,
  count,
  actions,
  name,
  focusRequest,
  onFocused,
}: Props & { actions: ItemActions; name: string }) {
  const lower = name.toLowerCase();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const kind = useRef<HTMLSelectElement>(null);
  const wanted =
    focusRequest?.id === recommendation.id &&
    focusRequest.kind === recommendation.kind &&
    (focusRequest.index === undefined || focusRequest.index === index)
      ? focusRequest.control
      : null;
  useEffect(() => {
    if (!wanted) return;
    // At the top or bottom the pressed button is disabled now: the other one keeps the focus.
    const target =
      wanted === 'kind'
        ? kind.current
        : wanted === 'up'
          ? (index > 0 ? up : down).current
          : (index < count - 1 ? down : up).current;
    target?.focus();
    onFocused();
  }, [wanted, index, count, onFocused]);

  return (
    <>
      <TextEditor recommendation={recommendation} name={name} onSave={actions.saveText} />
      <div className="form-row recommendation__controls">
        <label>
          Kind <span className="visually-hidden">of {lower}</span>
          <select
            ref={kind}
            value={recommendation.kind}
            onChange={(event) => {
              const chosen = recommendationKinds.find((one) => one === event.target.value);
              if (chosen) actions.changeKind(recommendation, chosen);
            }}
          >
            {recommendationKinds.map((one) => (
              <option key={one} value={one}>
                {kindWords[one].option}
              </option>
            ))}
          </select>
        </label>
        <button ref={up} type="button" disabled={index === 0} onClick={() => actions.move(recommendation, index, -1)}>
          <span aria-hidden="true">↑</span> Move up <span className="visually-hidden">{lower}</span>
        </button>
        <button
          ref={down}
          type="button"
          disabled={index === count - 1}
          onClick={() => actions.move(recommendation, index, 1)}
        >
          <span aria-hidden="true">↓</span> Move down <span className="visually-hidden">{lower}</span>
        </button>
        <button type="button" className="danger" onClick={() => actions.remove(recommendation, name)}>
          Delete <span className="visually-hidden">{lower}</span>
        </button>
      </div>
    </>
  );
}

/** The text, saved with its button (or on leaving the box), not on each keystroke. */
function TextEditor({
  recommendation,
  name,
  onSave,
}: {
  recommendation: Recommendation;
  name: string;
  onSave: ItemActions['saveText'];
}) {
  const [draft, setDraft] = useState(recommendation.text);
  const [base, setBase] = useState(recommendation.text);
  // The text changed elsewhere (a save, or sync): take it, unless this person is mid-edit.
  if (recommendation.text !== base) {
    setBase(recommendation.text);
    if (draft === base) setDraft(recommendation.text);
  }
  const changed = draft.trim() !== recommendation.text && draft.trim().length > 0;
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (changed) void onSave(recommendation.id, draft.trim());
  };
  return (
    <form className="form-row" onSubmit={save}>
      <label className="recommendation__text-field">
        Text <span className="visually-hidden">of {name.toLowerCase()}</span>
        <textarea
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => save()}
          maxLength={2000}
          rows={3}
        />
      </label>
      <button type="submit" disabled={!changed}>
        Save <span className="visually-hidden">{name.toLowerCase()}</span>
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { StillToCoverLine } from '../../../domain/findings/stillToCoverList';
import type { CoverageCellCount } from '../../../domain/findings/coverage';
import type { StillToCover } from '../../../domain/records/stillToCover';
import { lineWords, type CoverageNames } from '../../ui/coverageWords';

/** What the manager can do to the list; each resolves true once saved. */
export type ListActions = {
  addCell: (cell: CoverageCellCount) => Promise<boolean>;
  addText: (text: string) => Promise<boolean>;
  move: (record: StillToCover, direction: -1 | 1) => void;
  setDone: (record: StillToCover, done: boolean) => void;
  /** The manager's words on a line; resolves true once saved. */
  setWords: (record: StillToCover, text: string) => Promise<boolean>;
  remove: (record: StillToCover, words: string) => void;
};

type Props = {
  lines: readonly StillToCoverLine[];
  names: CoverageNames;
  /** Absent when this person only reads. */
  actions?: ListActions;
};

type Placed = { record: StillToCover; words: string };

/**
 * The "still to cover" list beside the grid: the manager's lines in order (every peer sees
 * them on Today), then the gaps and thin cells not on it yet, each with "Add to the list".
 */
export function StillToCoverList({ lines, names, actions }: Props) {
  const placed: Placed[] = lines.flatMap((line) =>
    line.record ? [{ record: line.record, words: lineWords(line, names) }] : [],
  );
  const unplaced = lines.flatMap((line) => (line.kind === 'cell' && !line.record ? [line] : []));
  return (
    <section aria-labelledby="still-to-cover-heading" className="still-to-cover">
      <h2 id="still-to-cover-heading">Still to cover</h2>
      {placed.length === 0 ? (
        <p>Nothing on the list yet.</p>
      ) : (
        <ol aria-label="Still to cover" className="still-to-cover__lines">
          {placed.map(({ record, words }, index) => (
            <li key={record.id} className={record.done ? 'still-to-cover__line--done' : undefined}>
              {actions ? (
                <ManagerLine
                  record={record}
                  words={words}
                  first={index === 0}
                  last={index === placed.length - 1}
                  actions={actions}
                />
              ) : (
                <span>
                  {words}
                  {record.done ? ' (done)' : ''}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {actions ? <AddLineForm onAdd={actions.addText} /> : null}
      <h3>Gaps and thin cells not on the list</h3>
      {unplaced.length === 0 ? (
        <p>None: every gap and thin cell is on the list.</p>
      ) : (
        <ul aria-label="Gaps and thin cells not on the list" className="still-to-cover__uncovered">
          {unplaced.map((line) => {
            const words = lineWords(line, names);
            return (
              <li key={[line.cell.themeId, line.cell.scopeQuestionId, line.cell.stakeholderGroup, line.cell.evidenceType].join('|')}>
                {words} — {line.cell.level}{' '}
                {actions ? (
                  <button type="button" onClick={() => void actions.addCell(line.cell)}>
                    Add to the list<span className="visually-hidden">: {words}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ManagerLine({
  record,
  words,
  first,
  last,
  actions,
}: Placed & { first: boolean; last: boolean; actions: ListActions }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <WordsForm
        record={record}
        words={words}
        onSave={async (text) => {
          if (await actions.setWords(record, text)) setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      {/* The label is the target: 44 px square, like every other control. */}
      <label className="coverage-check">
        <input
          type="checkbox"
          checked={record.done}
          onChange={(event) => actions.setDone(record, event.target.checked)}
          aria-label={`Done: ${words}`}
        />
      </label>{' '}
      <span>{words}</span>{' '}
      <span className="still-to-cover__controls">
        <button type="button" disabled={first} onClick={() => actions.move(record, -1)} aria-label={`Move up: ${words}`}>
          Up
        </button>
        <button type="button" disabled={last} onClick={() => actions.move(record, 1)} aria-label={`Move down: ${words}`}>
          Down
        </button>
        <button type="button" onClick={() => setEditing(true)} aria-label={`Words for: ${words}`}>
          Words…
        </button>
        <button type="button" onClick={() => actions.remove(record, words)} aria-label={`Remove: ${words}`}>
          Remove
        </button>
      </span>
    </>
  );
}

/** What to ask or whom to see about a gap, or a free-text line reworded. */
function WordsForm({
  record,
  words,
  onSave,
  onCancel,
}: {
  record: StillToCover;
  words: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(record.text);
  const id = `still-to-cover-words-${record.id}`;
  return (
    <form
      className="still-to-cover__add"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(text);
      }}
    >
      <label htmlFor={id}>
        {record.cell ? 'What to ask or whom to see' : 'The line'}
        <span className="visually-hidden">: {words}</span>
      </label>
      <input
        id={id}
        type="text"
        value={text}
        maxLength={500}
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Save words</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function AddLineForm({ onAdd }: { onAdd: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed && (await onAdd(trimmed))) setText('');
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="still-to-cover__add">
      <label htmlFor="still-to-cover-new">A line in your own words</label>
      <input id="still-to-cover-new" type="text" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
      <button type="submit">Add line</button>
    </form>
  );
}

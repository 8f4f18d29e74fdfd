import { useState, type FormEvent } from 'react';
import { toStoreError, type StoreError } from '../../store/storeError';

export type OrderedItem = { id: string; text: string };

type Props = {
  /** The singular name shown on every control, e.g. "Theme" or "Scope question". */
  noun: string;
  items: readonly OrderedItem[];
  maxLength: number;
  multiline?: boolean;
  onSave: (id: string, text: string) => Promise<unknown>;
  onMove: (id: string, direction: -1 | 1) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  onAdd: (text: string) => Promise<unknown>;
};

/** One editable row: the text saves with its button (or Enter), nothing on each keystroke. */
function Row({
  item,
  index,
  count,
  noun,
  maxLength,
  multiline,
  run,
  onSave,
  onMove,
  onRemove,
}: Omit<Props, 'items' | 'onAdd'> & {
  item: OrderedItem;
  index: number;
  count: number;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}) {
  const [text, setText] = useState(item.text);
  const label = `${noun} ${index + 1}`;
  const changed = text.trim() !== item.text && text.trim().length > 0;
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (changed) void run(() => onSave(item.id, text.trim()));
  };
  return (
    <li className="ordered-row">
      <form onSubmit={save} className="form-row">
        <label className="ordered-row__text">
          {label}
          {multiline ? (
            <textarea value={text} onChange={(event) => setText(event.target.value)} maxLength={maxLength} rows={2} />
          ) : (
            <input type="text" value={text} onChange={(event) => setText(event.target.value)} maxLength={maxLength} />
          )}
        </label>
        <button type="submit" disabled={!changed}>
          Save <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
        <button
          type="button"
          disabled={index === 0}
          onClick={() => void run(() => onMove(item.id, -1))}
          aria-label={`Move ${label.toLowerCase()} up`}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => void run(() => onMove(item.id, 1))}
          aria-label={`Move ${label.toLowerCase()} down`}
        >
          ↓
        </button>
        <button type="button" onClick={() => void run(() => onRemove(item.id))}>
          Remove <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </form>
    </li>
  );
}

/** A list the manager edits, reorders, shortens and adds to; every change is one saved edit. */
export function OrderedListEditor(props: Props) {
  const { noun, items, maxLength, multiline, onAdd } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<StoreError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      return true;
    } catch (caught) {
      setError(toStoreError(caught));
      return false;
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim().length === 0) return;
    if (await run(() => onAdd(draft.trim()))) setDraft('');
  };
  return (
    <>
      <ol className="ordered-list">
        {items.map((item, index) => (
          // Keyed by text too, so a rename that arrives by sync replaces a stale draft.
          <Row key={`${item.id}:${item.text}`} item={item} index={index} count={items.length} run={run} {...props} />
        ))}
      </ol>
      <form onSubmit={(event) => void add(event)} className="form-row">
        <label className="ordered-row__text">
          New {noun.toLowerCase()}
          {multiline ? (
            <textarea value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={maxLength} rows={2} />
          ) : (
            <input type="text" value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={maxLength} />
          )}
        </label>
        <button type="submit" className="primary" disabled={draft.trim().length === 0}>
          Add {noun.toLowerCase()}
        </button>
      </form>
      {error ? <p role="alert">{error.message}</p> : null}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { toStoreError, type StoreError } from '../../store/storeError';
import { ModalDialog } from '../../ui/ModalDialog';

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
  /** Undo of a removal: the record comes back, and with it every tag that names it. */
  onRestore: (id: string) => Promise<unknown>;
  onAdd: (text: string) => Promise<unknown>;
  /** What uses the item, in words ("3 notes and 1 finding"), or null when nothing does. */
  usageOf: (id: string) => string | null;
};

/** An item the manager asked to remove, with the name its row showed. */
type Removal = { item: OrderedItem; label: string };

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
  askToRemove,
}: Pick<Props, 'noun' | 'maxLength' | 'multiline' | 'onSave' | 'onMove'> & {
  item: OrderedItem;
  index: number;
  count: number;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  askToRemove: (removal: Removal) => void;
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
        <button type="button" onClick={() => askToRemove({ item, label })}>
          Remove <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </form>
    </li>
  );
}

/** A list the manager edits, reorders, shortens and adds to; every change is one saved edit. */
export function OrderedListEditor(props: Props) {
  const { noun, items, maxLength, multiline, onAdd, onRemove, onRestore, usageOf } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<StoreError | null>(null);
  // A removal of something in use is confirmed first; every removal can be undone.
  const [confirming, setConfirming] = useState<(Removal & { usage: string }) | null>(null);
  const [removed, setRemoved] = useState<Removal | null>(null);
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
  const remove = async (removal: Removal) => {
    setConfirming(null);
    if (await run(() => onRemove(removal.item.id))) setRemoved(removal);
  };
  const askToRemove = (removal: Removal) => {
    const usage = usageOf(removal.item.id);
    if (usage) setConfirming({ ...removal, usage });
    else void remove(removal);
  };
  const undo = async (removal: Removal) => {
    if (await run(() => onRestore(removal.item.id))) setRemoved(null);
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
          <Row
            key={`${item.id}:${item.text}`}
            item={item}
            index={index}
            count={items.length}
            run={run}
            askToRemove={askToRemove}
            {...props}
          />
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
      {removed ? (
        <p role="status" className="deleted-banner">
          {removed.label}, “{removed.item.text}”, removed.{' '}
          <button type="button" onClick={() => void undo(removed)}>
            Undo <span className="visually-hidden">removing {removed.label.toLowerCase()}</span>
          </button>
        </p>
      ) : null}
      {confirming ? (
        <ModalDialog title={`Remove ${confirming.label.toLowerCase()}?`} onClose={() => setConfirming(null)}>
          <p>
            “{confirming.item.text}” is used by {confirming.usage}. They keep it while it is removed, and show it again
            if you undo.
          </p>
          <div className="dialog-actions">
            <button type="button" className="danger" onClick={() => void remove(confirming)}>
              Remove {confirming.label.toLowerCase()}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </div>
        </ModalDialog>
      ) : null}
      {error ? <p role="alert">{error.message}</p> : null}
    </>
  );
}

import { memo, useId, useState } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { setNoteTag, type NoteTagField } from '../../store/noteRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { TagPicker } from './TagPicker';
import { TagSummary } from './TagSummary';
import { useTagOptions } from './tagOptions';
import { sameNoteFields } from './sameNote';

type NoteTaggingProps = {
  note: Note;
  /** The theme and scope question pickers show (the note being edited). */
  open: boolean;
  /** "Tags" pressed: opens or folds the pickers (and opens a folded note). */
  onToggle: () => void;
  /** The note's other choices in words, shown before its tags while the pickers are closed. */
  facts: string;
};

/**
 * Tags of one of my notes: a compact line, or the theme and scope question pickers.
 * Renders again only when the note fields it shows change, not on every keystroke.
 */
export const NoteTagging = memo(NoteTaggingRow, sameNoteFields<NoteTaggingProps>(['themeIds', 'scopeQuestionIds']));

function NoteTaggingRow({ note, open, onToggle, facts }: NoteTaggingProps) {
  const { db } = useAppServices();
  const id = useId();
  const options = useTagOptions();
  const [error, setError] = useState<StoreError | null>(null);
  const toggle = (field: NoteTagField) => (tagId: string, on: boolean) =>
    void setNoteTag(db, note.id, field, tagId, on).then(
      () => setError(null),
      (failure: unknown) => setError(toStoreError(failure)),
    );
  return (
    <div className="note-tagging">
      <div className="note-tagging__line">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? `${id}-pickers` : undefined}
          onClick={onToggle}
        >
          Tags
        </button>
        {open ? null : (
          <>
            {facts ? <span className="muted">{facts}</span> : null}
            <TagSummary note={note} options={options} />
          </>
        )}
      </div>
      {open ? (
        <div id={`${id}-pickers`}>
          <TagPicker label="Themes" options={options.themes} selected={note.themeIds} onToggle={toggle('themeIds')} />
          <TagPicker
            label="Scope questions"
            options={options.scopeQuestions}
            selected={note.scopeQuestionIds}
            onToggle={toggle('scopeQuestionIds')}
          />
        </div>
      ) : null}
      {error ? <p role="alert">{error.message}</p> : null}
    </div>
  );
}

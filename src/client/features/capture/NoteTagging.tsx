import { memo, useId, useState } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { setNoteTag, type NoteTagField } from '../../store/noteRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { TagPicker } from './TagPicker';
import { TagSummary } from './TagSummary';
import { useTagOptions } from './tagOptions';
import { sameNoteFields } from './sameNote';

type NoteTaggingProps = { note: Note; startOpen: boolean };

/**
 * Tags of one of my notes: a compact line, opened into theme and scope question pickers.
 * Renders again only when the note fields it shows change, not on every keystroke.
 */
export const NoteTagging = memo(NoteTaggingRow, sameNoteFields<NoteTaggingProps>(['themeIds', 'scopeQuestionIds']));

function NoteTaggingRow({ note, startOpen }: NoteTaggingProps) {
  const { db } = useAppServices();
  const id = useId();
  const options = useTagOptions();
  const [open, setOpen] = useState(startOpen);
  const [error, setError] = useState<StoreError | null>(null);
  const toggle = (field: NoteTagField) => (tagId: string, on: boolean) =>
    void setNoteTag(db, note.id, field, tagId, on).then(
      () => setError(null),
      (failure: unknown) => setError(toStoreError(failure)),
    );
  return (
    <div className="note-tagging">
      <div className="note-tagging__line">
        <button type="button" aria-expanded={open} aria-controls={`${id}-pickers`} onClick={() => setOpen(!open)}>
          Tags
        </button>
        {open ? null : <TagSummary note={note} options={options} />}
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

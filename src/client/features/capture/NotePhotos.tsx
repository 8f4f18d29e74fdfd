import { memo, useId, useState } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { addNotePhoto, maxPhotosPerNote, removeNotePhoto } from '../../store/photoRepository';
import { toStoreError } from '../../store/storeError';
import { PhotoThumbnail } from './PhotoThumbnail';
import { checkPhotoFile, PhotoRefusedError, resizePhoto } from './resizePhoto';
import { sameNoteFields } from './sameNote';

type Status = { kind: 'idle' } | { kind: 'adding' } | { kind: 'error'; message: string };

type NotePhotosProps = { note: Note; editable: boolean };

/**
 * A note's photos; on my notes, "Add photo" opens the camera on a tablet, a file picker elsewhere.
 * Renders again only when the note fields it shows change, not on every keystroke.
 */
export const NotePhotos = memo(NotePhotosRow, sameNoteFields<NotePhotosProps>(['photoIds']));

function NotePhotosRow({ note, editable }: NotePhotosProps) {
  const { db } = useAppServices();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const full = note.photoIds.length >= maxPhotosPerNote;

  const addFiles = async (files: File[]) => {
    for (const file of files) {
      const refusal = checkPhotoFile(file);
      if (refusal) {
        setStatus({ kind: 'error', message: refusal.message });
        return;
      }
      setStatus({ kind: 'adding' });
      try {
        const resized = await resizePhoto(file);
        await addNotePhoto(db, note.id, resized);
      } catch (error) {
        const message = error instanceof PhotoRefusedError ? error.message : toStoreError(error).message;
        setStatus({ kind: 'error', message });
        return;
      }
    }
    setStatus({ kind: 'idle' });
  };
  const remove = (photoId: string) =>
    void removeNotePhoto(db, note.id, photoId).catch((error: unknown) =>
      setStatus({ kind: 'error', message: toStoreError(error).message }),
    );

  if (!editable && note.photoIds.length === 0) return null;
  return (
    <div className="note-photos">
      {note.photoIds.length > 0 ? (
        <ul className="photo-list" aria-label="Photos">
          {note.photoIds.map((photoId, index) => (
            <PhotoThumbnail
              key={photoId}
              photoId={photoId}
              label={`Photo ${index + 1}`}
              onRemove={editable ? () => remove(photoId) : undefined}
            />
          ))}
        </ul>
      ) : null}
      {editable ? (
        <>
          <input
            id={`${id}-photo`}
            className="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            disabled={full || status.kind === 'adding'}
            aria-describedby={status.kind === 'error' ? `${id}-photo-error` : undefined}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              void addFiles(files);
            }}
          />
          {/* After the input, so CSS can show the input's keyboard focus on this label. */}
          <label htmlFor={`${id}-photo`} className={`button-like${full ? ' button-like--disabled' : ''}`}>
            Add photo
          </label>
          {status.kind === 'adding' ? <span role="status">Adding photo…</span> : null}
          {status.kind === 'error' ? (
            <p role="alert" id={`${id}-photo-error`}>
              {status.message}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

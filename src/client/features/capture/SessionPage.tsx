import { useLiveQueryAfterStart } from '../../services/useLiveQueryAfterStart';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getSessionHoldingNotes, listMembers } from '../../store/engagementQueries';
import type { Note } from '../../../domain/records/note';
import { deleteNote, isNoteStored, restoreNote, startNote, updateNote } from '../../store/noteRepository';
import { useReportStoreError, useStoreSaved } from '../../services/storeErrorReporter';
import { toStoreError, type StoreError } from '../../store/storeError';
import { formatSessionTime } from '../../ui/formatTime';
import { DeletedNotes } from './DeletedNotes';
import { earlyNoteOf, forgetEarlyNote } from './earlyNote';
import { rememberSessionForEarlyNote } from '../../store/earlyNoteHint';
import { FoundNoteMark } from './FoundNoteMark';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { ReadOnlyNote } from './ReadOnlyNote';
import { SessionStateNotice } from './SessionStateNotice';
import { TagOptionsProvider } from './tagOptions';
import { useSessionNotes } from './useSessionNotes';

/** One session's notes: mine to edit, the team's to read. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { db, readAtStart } = useAppServices();
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  // A deleted session still opens while it holds live notes: no note is ever out of reach.
  // Until this read answers, the one made as the app started draws the page (readAtStart.ts).
  const readFirst = readAtStart?.session(sessionId);
  const session = useLiveQueryAfterStart(
    () => getSessionHoldingNotes(db, sessionId),
    [db, sessionId],
    readFirst ?? null,
    readFirst !== undefined,
  );
  const { stored, readError } = useSessionNotes(engagementId, sessionId);
  // Teammates' names: "a teammate" until the start is over.
  const members = useLiveQueryAfterStart(() => listMembers(db, engagementId), [db, engagementId], undefined);
  // Notes made here, drawn (and the last focused) from the tap, before the list reads them.
  // One whose write failed (a full device) stays, with what is typed in it: its next edit
  // writes it whole once there is room (updateNote).
  // A note begun before the app's code ran (public/early-note.js) is one of them, taken over
  // with its text, its caret and the focus as React's first render replaces that box.
  const [earlyNote] = useState(() => earlyNoteOf(engagementId, sessionId));
  const [drawnNotes, setDrawnNotes] = useState<Note[]>(earlyNote ? [earlyNote.note] : []);
  const [newNoteId, setNewNoteId] = useState<string | null>(earlyNote?.note.id ?? null);
  // The note being edited: only it shows its choices and tag pickers, so a long session stays short.
  const [openNoteId, setOpenNoteId] = useState<string | null>(earlyNote?.note.id ?? null);
  // The note a search result opened (?note=): brought into view and marked until the person moves on.
  const [params, setParams] = useSearchParams();
  const foundNoteId = params.get('note');
  const moveOn = useCallback(
    () =>
      setParams(
        (now) => {
          now.delete('note');
          return now;
        },
        { replace: true },
      ),
    [setParams],
  );
  const readIds = useMemo(
    () => new Set([...(stored?.notes ?? []), ...(stored?.deletedNotes ?? [])].map((note) => note.id)),
    [stored],
  );
  const notes = useMemo(() => {
    const unread = drawnNotes.filter((note) => !readIds.has(note.id));
    return unread.length > 0 ? [...(stored?.notes ?? []), ...unread] : (stored?.notes ?? []);
  }, [stored, readIds, drawnNotes]);
  // Once read, the store draws a note: a drawn copy kept longer could outlive its erasure.
  if (drawnNotes.some((note) => readIds.has(note.id))) {
    setDrawnNotes(drawnNotes.filter((note) => !readIds.has(note.id)));
  }
  const [actionError, setActionError] = useState<StoreError | null>(null);
  // A full device at "New note" raises the app's banner too, with its backup download.
  // Nothing is left to write for a refused action, so room again just clears it.
  useReportStoreError(actionError, () => setActionError(null));
  const storeSaved = useStoreSaved();
  const [justDeleted, setJustDeleted] = useState<Note | null>(null);
  const newNoteButton = useRef<HTMLButtonElement>(null);

  // Rows are memoised: what they are given stays the same object from one keystroke to
  // the next (useCallback), so only the note that changed renders again.
  // Every write the page makes reports the same way: saved (room again), or why not.
  const reportSave = useCallback(
    (saving: Promise<unknown>) =>
      void saving.then(
        () => {
          setActionError(null);
          storeSaved();
        },
        (error: unknown) => setActionError(toStoreError(error)),
      ),
    [storeSaved],
  );
  const run = useCallback((action: () => Promise<unknown>) => reportSave(action()), [reportSave]);
  const earlyNoteTaken = useRef(false);
  useLayoutEffect(() => {
    if (!earlyNote || earlyNoteTaken.current) return;
    earlyNoteTaken.current = true;
    forgetEarlyNote();
    // Written whole (its journal may already have written it: then this changes nothing).
    reportSave(updateNote(db, earlyNote.note, { text: earlyNote.note.text }));
  }, [earlyNote, db, reportSave]);
  // Its caret goes where it was once its box is drawn and focused (with the session, maybe later).
  const earlyCaret = useRef(earlyNote?.selection);
  useLayoutEffect(() => {
    const box = document.activeElement;
    if (!earlyCaret.current || !(box instanceof HTMLTextAreaElement) || box.value !== earlyNote?.note.text) return;
    box.setSelectionRange(...earlyCaret.current);
    earlyCaret.current = undefined;
  });
  // The next cold start on this session can then offer "New note" before the app's code runs.
  useEffect(() => {
    if (session) rememberSessionForEarlyNote(session);
  }, [session]);
  const remove = useCallback(
    (note: Note) =>
      void isNoteStored(db, note.id).then(
        (stored) => {
          // Never written (a full device at "New note"): there is nothing to delete but its box,
          // and nothing is saved by taking it away, so the device is still as full as it said.
          if (!stored) setDrawnNotes((drawn) => drawn.filter((other) => other.id !== note.id));
          else
            run(async () => {
              await deleteNote(db, note);
              setJustDeleted(note);
            });
        },
        (error: unknown) => setActionError(toStoreError(error)),
      ),
    [db, run],
  );
  const restore = useCallback(
    (note: Note) =>
      run(async () => {
        await restoreNote(db, note);
        setJustDeleted(null);
      }),
    [db, run],
  );
  const nameOf = useCallback(
    (memberId: string) => members?.find((member) => member.id === memberId)?.displayName ?? 'a teammate',
    [members],
  );
  const renderNote = useCallback(
    (note: Note) => (
      <FoundNoteMark found={note.id === foundNoteId} onMoveOn={moveOn}>
        {note.authorId === identity.memberId ? (
          <NoteEditor
            note={note}
            autoFocus={note.id === newNoteId}
            open={note.id === openNoteId}
            onOpen={setOpenNoteId}
            onDelete={remove}
          />
        ) : (
          <ReadOnlyNote note={note} authorName={nameOf(note.authorId)} />
        )}
      </FoundNoteMark>
    ),
    [identity.memberId, newNoteId, openNoteId, foundNoteId, moveOn, remove, nameOf],
  );

  if (session === null) return <p role="status">Opening the session…</p>;
  if (session === undefined) {
    return (
      <main>
        <h1>Session not found</h1>
        <p>It may not have reached this device yet: sync when you have signal.</p>
      </main>
    );
  }
  // The new note's box is drawn and focused in the same moment as the tap, its write going on
  // beside it: whatever is then typed or chosen in it is written after the note (startNote).
  const addNote = () => {
    let started: ReturnType<typeof startNote>;
    try {
      started = startNote(db, session, identity.memberId);
    } catch (error) {
      setActionError(toStoreError(error));
      return;
    }
    const { note, saved } = started;
    setDrawnNotes((drawn) => [...drawn, note]);
    setNewNoteId(note.id);
    setOpenNoteId(note.id);
    // Not written (a full device): the banner says why; the box stays, and what is typed in
    // it may already be there (the failure can come seconds after the tap on a busy tablet).
    reportSave(saved);
  };
  // The server lets a peer change only their own notes, and the manager any note.
  const mayRestore = (note: Note) => note.authorId === identity.memberId || identity.role === 'manager';

  return (
    <TagOptionsProvider engagementId={engagementId}>
      <main>
        {/* "New note" comes after every note in the page: a keyboard skips them all to it from here. */}
        <button type="button" className="skip-link" onClick={() => newNoteButton.current?.focus()}>
          Skip past the notes
        </button>
        <h1>{session.title}</h1>
        <p className="muted">
          {formatSessionTime(session.startsAt)} · {session.kind}
          {session.location ? ` · ${session.location}` : ''}
          {session.stakeholderGroups.length > 0 ? ` · ${session.stakeholderGroups.join(', ')}` : ''}
        </p>
        <SessionStateNotice session={session} manager={identity.role === 'manager'} />
        <h2>Notes</h2>
        {readError ? <p role="alert">{readError.message}</p> : null}
        {/* The page can draw before its notes are read (readAtStart.ts): never an empty session that is not. */}
        {!stored && !readError ? (
          <p role="status" className="muted">
            Reading the notes…
          </p>
        ) : null}
        <NoteList notes={notes} renderNote={renderNote} revealNoteId={newNoteId ?? foundNoteId} />
        {/* Stays at the foot of the screen however long the session: "New note" is never a scroll away. */}
        <div className="session-actions">
          {justDeleted ? (
            <p role="status" className="deleted-banner">
              Note deleted. {/* Focus lands here, as the deleted note's controls have gone: Enter undoes. */}
              <button type="button" autoFocus onClick={() => restore(justDeleted)}>
                Undo
              </button>
            </p>
          ) : null}
          {actionError ? <p role="alert">{actionError.message}</p> : null}
          <button ref={newNoteButton} type="button" className="primary" onClick={addNote}>
            New note
          </button>
        </div>
        <DeletedNotes notes={(stored?.deletedNotes ?? []).filter(mayRestore)} authorName={nameOf} onRestore={restore} />
      </main>
    </TagOptionsProvider>
  );
}

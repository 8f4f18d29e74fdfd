// A working "New note" before the app's own code has run (docs/architecture.md, "The early
// note box"). On a slow tablet the app needs over a second after its first paint to draw a
// session; a peer who opens the app to write must not wait for it. Drawn only on a session
// this device's app has drawn "New note" for (its hint, store/earlyNoteHint.ts) by a
// member this device is (store/rememberedMember.ts). What is typed goes, each keystroke,
// into the typing journal in the app's own formats (store/draftJournal.ts, noteDraftStore.ts),
// so a closed tab or a crash before the app takes over loses nothing: its start writes the
// note from the journal. The app's session screen takes the box over with its text, caret
// and focus, and writes the note.
(() => {
  const address = /^\/engagements\/([^/]+)\/sessions\/([^/]+)\/?$/.exec(location.pathname);
  const main = document.querySelector('#root > main');
  if (!address || !main) return;
  const [, engagementId, sessionId] = address;
  let member, hint;
  try {
    member = JSON.parse(localStorage.getItem('triangulate:member:' + engagementId));
    hint = JSON.parse(localStorage.getItem('triangulate:early-note:' + engagementId + ':' + sessionId));
  } catch {
    return;
  }
  if (!member || !/^(read|heard|seen)$/.test(hint?.evidenceType)) return;

  main.insertAdjacentHTML(
    'beforeend',
    '<div class="session-actions"><button type="button" class="primary">New note</button></div>',
  );
  const actions = main.lastChild;
  actions.firstChild.onclick = () => {
    const noteId = crypto.randomUUID();
    // The hint is the note as the app's "New note" starts it (store/earlyNoteHint.ts).
    const drawnAs = { ...hint, sessionId, authorId: member.memberId, createdAt: new Date().toISOString() };
    // One box, in place of the button: the app's own "New note" comes with the app.
    actions.outerHTML =
      '<article class="note note--open"><label for="early-note-text">Note text</label><textarea id="early-note-text" rows="5"></textarea></article>';
    const box = document.getElementById('early-note-text');

    // The journal's IndexedDB half (noteDraftStore.ts) survives a killed browser, which
    // localStorage, written to disk lazily, may not. Let go when the app needs a new version.
    let database;
    const open = indexedDB.open('triangulate');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = (event) => event.preventDefault();
    open.onsuccess = () => {
      database = open.result;
      database.onversionchange = () => database.close();
    };
    let stamp = 0;
    box.oninput = () => {
      stamp = Math.max(Date.now(), stamp + 1);
      const draft = { engagementId, noteId, text: box.value, stamp, drawnAs };
      // Either half may refuse (full, or not open yet): the other, and the box, still hold it.
      try {
        localStorage.setItem('triangulate:draft:note:' + noteId, JSON.stringify(draft));
      } catch {
        // full or refused
      }
      try {
        const journal = database.transaction('noteDraft', 'readwrite');
        journal.objectStore('noteDraft').put({ ...draft, saved: false });
        journal.commit();
      } catch {
        // not open yet, or refused
      }
    };
    window.triangulateEarlyNote = { engagementId, noteId, drawnAs, box };
    box.focus();
  };
})();

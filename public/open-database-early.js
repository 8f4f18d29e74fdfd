// Run by the service worker as it starts (vite.config.ts: workbox's importScripts), which is
// as the installed app is opened, before the page has even its HTML. Opening the app's
// IndexedDB database here (its name is store/db.ts's) has the browser read it from disk
// while the page loads its script, so the page's own open (Dexie's, once the script has
// run) answers at once: on a slow tablet that open took 50–100 ms of the cold start
// (bench/RESULTS.md, issue 10). It never creates the database: an upgrade it did not ask
// for is aborted, and Dexie creates it at its own version. It lets go as soon as anyone
// needs a new version or to delete it.
(() => {
  const request = indexedDB.open('triangulate');
  request.onupgradeneeded = () => request.transaction.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const database = request.result;
    database.onversionchange = () => database.close();
  };
})();

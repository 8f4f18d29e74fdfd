import type { TriangulateDb } from './db';

/**
 * When another tab opens a newer version of the database, this tab must let go of its
 * connection or the other tab's upgrade waits forever. Before letting go, `saveFirst`
 * writes whatever is still unsaved; then the connection closes for good (no silent
 * reopen under the old schema) and `onClosed` tells the person to reload.
 * Returns the function that stops listening.
 */
export function closeWhenAnotherTabUpgrades(
  db: TriangulateDb,
  saveFirst: () => Promise<void>,
  onClosed: (saved: boolean) => void,
): () => void {
  const listener = () => {
    void saveFirst()
      .then(
        () => true,
        (error: unknown) => {
          console.error('Could not save everything before the database closed', error);
          return false;
        },
      )
      .then((saved) => {
        db.close({ disableAutoOpen: true });
        onClosed(saved);
      });
    // false stops Dexie's own handler, which would close before the saves are written.
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}

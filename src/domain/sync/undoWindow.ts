/**
 * How long a deleted note can be brought back: 30 days after the server applied its
 * delete, its words and photos are erased everywhere (docs/operations.md). Long enough
 * to cover an engagement's week on site and its write-up; the manager can empty the
 * deleted notes sooner.
 */
export const undoWindowDays = 30;
const undoWindowMs = undoWindowDays * 24 * 60 * 60 * 1000;

/** Deletes applied before this time (ISO) are past the undo window at `now`. */
export function undoWindowStart(now: Date): string {
  return new Date(now.getTime() - undoWindowMs).toISOString();
}

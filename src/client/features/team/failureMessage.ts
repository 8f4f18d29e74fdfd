import { SyncError } from '../../sync/syncError';

/** What to tell the manager when the server could not be asked. */
export function teamFailureMessage(error: unknown): string {
  if (error instanceof SyncError && error.code === 'offline') {
    return 'No connection: join links and devices are managed on the server. Try again with signal.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Why a sync did not complete, as the status bar explains it. */
export type SyncErrorCode =
  'offline' | 'unauthorized' | 'not_found' | 'upgrade_required' | 'rejected' | 'server_error' | 'bad_response';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

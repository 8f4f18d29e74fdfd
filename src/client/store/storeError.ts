/** Why a local write failed, in terms the person can act on. */
export type StoreErrorCode =
  | 'storage_full'
  | 'invalid_record'
  | 'not_joined'
  | 'storage_failed'
  /** The record was erased after its undo window: nothing can change it any more. */
  | 'erased';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Turns what IndexedDB threw into a StoreError; a full disk aborts the whole transaction. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error ? (error as { inner: unknown }).inner : undefined;
  const innerName = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return new StoreError(
      'storage_full',
      'This device is out of storage: nothing was lost on screen — export a backup and free space.',
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError('storage_failed', `Could not save on this device: ${message}`);
}

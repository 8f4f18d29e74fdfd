import type { BackupProblemCode } from '../../domain/backup/parseBackup';

/** Why a backup could not be made or imported; nothing was written when it is thrown. */
export type BackupErrorCode = BackupProblemCode | 'not_a_zip' | 'not_joined' | 'storage_full' | 'storage_failed';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

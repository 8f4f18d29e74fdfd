import { joinRequestSchema } from '../../../domain/sync/protocol';
import { SyncError } from '../../sync/syncError';

/** What went wrong with a join, in the person's words, and whether trying again can help. */
export type JoinFailure = { words: string; canRetry: boolean };

/** Not a code at all: cut short when copied, or typed by hand. Checked before asking the server. */
export const incompleteLink: JoinFailure = {
  words:
    'This join link is not complete: part of it may be missing. Open the link from your challenge manager’s message again, or ask them for a new one.',
  canRetry: false,
};

const unknownCode: JoinFailure = {
  words:
    'This join link does not work any more: it may have been used on another device or have expired. Ask your challenge manager for a new link.',
  canRetry: false,
};

/** Whether the code in the address could be one at all (the server's own rule). */
export function looksLikeJoinCode(code: string): boolean {
  return joinRequestSchema.safeParse({ code }).success && /^[A-Za-z0-9_-]+$/.test(code.trim());
}

/**
 * The server's refusal of the code itself is said in the app's words, never the
 * schema's; no connection and a busy server are worth another try.
 */
export function joinFailure(error: unknown): JoinFailure {
  if (!(error instanceof SyncError)) return { words: 'Could not save the join on this device.', canRetry: true };
  switch (error.code) {
    case 'offline':
      return {
        words: 'No connection: open this link again when you have signal. You only need signal once.',
        canRetry: true,
      };
    case 'rejected':
      // Too many attempts is the other refusal: its words say when to try again.
      return error.field === 'code' ? unknownCode : { words: error.message, canRetry: true };
    case 'not_found':
      return unknownCode;
    case 'upgrade_required':
      return {
        words: 'This app is out of date: close it and open it again to update, then open the link.',
        canRetry: false,
      };
    default:
      return { words: 'The server could not take the join just now. Try again in a minute.', canRetry: true };
  }
}

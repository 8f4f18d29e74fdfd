import { z } from 'zod';
import { mutationSchema, refusalSchema } from '../../domain/sync/protocol';
import type { TriangulateDb } from './db';

/**
 * An edit the server refused (the person's role may not make it, or the record would be
 * invalid). It leaves the outbox, so the edits after it still go, and is kept here with
 * the server's reason, so the person can be told ("1 change was refused: …") and copy
 * what they wrote; nothing is lost silently. Dismissed by the person, never by sync.
 */
export const refusedEditSchema = z.object({
  engagementId: z.uuid(),
  /** The device's number for the edit: the server has used it up. */
  seq: z.number().int().min(1),
  /** The edit as it was sent. */
  mutation: mutationSchema,
  refusal: refusalSchema,
  /** When this device heard of the refusal (ISO time). */
  refusedAt: z.iso.datetime(),
});
export type RefusedEdit = z.infer<typeof refusedEditSchema>;

/** The refused edits of one engagement, oldest first. */
export function listRefusedEdits(db: TriangulateDb, engagementId: string): Promise<RefusedEdit[]> {
  return db.refusedEdit.where('[engagementId+seq]').between([engagementId, 0], [engagementId, Infinity]).toArray();
}

/** The person has read a refusal: it leaves the list. */
export function dismissRefusedEdit(db: TriangulateDb, engagementId: string, seq: number): Promise<void> {
  return db.refusedEdit.delete([engagementId, seq]);
}

import { z } from 'zod';
import { memberRoleSchema } from '../records/member';
import { maxConflictsPerRecord } from '../records/conflict';
import { recordTypeSchema } from '../records/recordTypes';
import { maxChangesPerPull, maxMutationsPerPush } from './limits';

/** Bump when the wire format changes incompatibly; the server answers 426 to older clients. */
export const protocolVersion = 3;
/** Oldest protocol version the server still accepts; older clients get 426 and keep their outbox. */
export const minimumProtocolVersion = 3;
/** Bump when a record schema changes; lets the server migrate or refuse old shapes. */
export const schemaVersion = 3;

const envelope = {
  protocolVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
};

/**
 * Names the server's history: a restored or new database has another (docs/sync-protocol.md,
 * "After a restore"). Optional everywhere: a server or app from before it neither sends nor
 * reads it.
 */
export const serverIdentitySchema = z.string().min(1).max(64);

/** What a device says of the history it last synced with, so the server can tell it went back. */
export const syncedWithSchema = z.object({
  /** The server identity the device last heard. */
  serverIdentity: serverIdentitySchema.optional(),
  /** The highest seq the server has answered this device under that identity (0: none yet). */
  acknowledgedSeq: z.number().int().min(0).optional(),
});

/** A field name of a record; the server checks it against the record's schema. */
const fieldName = z.string().min(1).max(64);

/** Names one conflict on a record: the field it is about and the change number it arrived at. */
export const resolvedConflictSchema = z.object({ field: fieldName, rev: z.number().int().min(0) });
export type ResolvedConflict = z.infer<typeof resolvedConflictSchema>;

/**
 * One edit to one record, numbered per device. `changes` holds only the fields that
 * changed; `baseRevs` says which server revision each field was edited from, so the
 * server can tell a concurrent edit from a sequential one.
 */
export const mutationSchema = z.object({
  /** 1, 2, 3… per device, never reused: the server skips any it has applied. */
  seq: z.number().int().min(1),
  recordType: recordTypeSchema,
  recordId: z.uuid(),
  /** "upsert" creates or changes fields; "delete" sets the tombstone. */
  op: z.enum(['upsert', 'delete']),
  changes: z.record(fieldName, z.unknown()),
  /** Adds and removes for set fields (themes on a note), so concurrent ones both apply. */
  setChanges: z
    .record(
      fieldName,
      z.object({ add: z.array(z.string().max(100)).max(200), remove: z.array(z.string().max(100)).max(200) }),
    )
    .default({}),
  baseRevs: z.record(fieldName, z.number().int().min(0)),
  /** When the person made the edit (ISO time): shown, never used to order. */
  editedAt: z.iso.datetime(),
  /**
   * The conflicts this edit settles (the manager kept one value or wrote a merged one):
   * the server removes exactly these from the record's `conflicts`, matched by field and rev.
   */
  resolvedConflicts: z.array(resolvedConflictSchema).max(maxConflictsPerRecord).default([]),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  ...envelope,
  ...syncedWithSchema.shape,
  mutations: z.array(mutationSchema).min(1).max(maxMutationsPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why the server refused one mutation: the rest of the push still applies. */
export const refusalSchema = z.object({
  /** `forbidden`: the role may not make this change; `bad_request`: the record would be invalid. */
  code: z.enum(['forbidden', 'bad_request']),
  message: z.string().max(1000),
  /** The path of what was refused, e.g. `mutations.3.changes.text`. */
  field: z.string().max(200),
});
export type Refusal = z.infer<typeof refusalSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({
    seq: z.number().int().min(1),
    status: z.enum(['applied', 'duplicate']),
    /** The record's server revision after this mutation, or null for a duplicate. */
    rev: z.number().int().min(0).nullable(),
  }),
  z.object({
    seq: z.number().int().min(1),
    /** Not applied, and never will be: the seq is used up, so the device's next ones go. */
    status: z.literal('refused'),
    rev: z.null(),
    refusal: refusalSchema,
    /**
     * The record as the server holds it, so the device can put its copy back; null when
     * the server has none the caller may read (a refused create, a type it cannot see).
     */
    record: z.record(z.string(), z.unknown()).nullable(),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  ...envelope,
  results: z.array(mutationResultSchema),
  /** The server's identity now: when it is not the one the device sent, nothing was applied. */
  serverIdentity: serverIdentitySchema.optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** One record as it stands on the server after the change numbered `rev`. */
export const changeSchema = z.object({
  recordType: recordTypeSchema,
  /** The full record; validated against its type's schema by the receiver. */
  record: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  ...envelope,
  changes: z.array(changeSchema).max(maxChangesPerPull),
  /**
   * The cursor to send as `since` next time: the engagement's change number for the team,
   * the council's own change number for a council member (docs/sync-protocol.md).
   */
  cursor: z.number().int().min(0),
  /** More changes wait after this page. */
  hasMore: z.boolean(),
  /** The server's identity now: when it changed, the device re-sends and pulls from 0. */
  serverIdentity: serverIdentitySchema.optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const joinRequestSchema = z.object({
  code: z.string().trim().min(8).max(128),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const joinResponseSchema = z.object({
  /** Bearer token for this device; shown once, stored hashed on the server. */
  deviceToken: z.string().min(20).max(200),
  deviceId: z.uuid(),
  engagementId: z.uuid(),
  memberId: z.uuid(),
  role: memberRoleSchema,
  displayName: z.string(),
  /** The server's identity when the device joined. */
  serverIdentity: serverIdentitySchema.optional(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const apiErrorCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'upgrade_required',
  'sequence_gap',
  'rate_limited',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

import { z } from 'zod';
import { recordTypes, type AnyRecord, type RecordType } from '../records/recordTypes';
import { isTombstone, recordOrTombstoneSchema, type Tombstone } from '../records/tombstone';
import { mutationSchema, type Mutation } from '../sync/protocol';
import {
  backupFormatName,
  backupFormatVersion,
  backupManifestSchema,
  backupPaths,
  backupPhotoSchema,
  type BackupManifest,
  type BackupPhoto,
} from './backupFormat';

/** What is wrong with a file someone chose to import, in words they can act on. */
export type BackupProblemCode = 'not_a_backup' | 'newer_format' | 'invalid_file' | 'other_engagement';
export type BackupProblem = { code: BackupProblemCode; message: string; file?: string };

/** A backup whose every file passed its schema; photo bytes stay with the caller. */
export type ParsedBackup = {
  manifest: BackupManifest;
  records: { recordType: RecordType; record: AnyRecord }[];
  /** Records erased to their bare tombstone (`{id, rev, deleted}`), kept apart from whole ones. */
  erased: { recordType: RecordType; record: Tombstone }[];
  outbox: Mutation[];
  photos: BackupPhoto[];
};

export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; problem: BackupProblem };

const outboxSchema = z.array(mutationSchema);
const photosSchema = z.array(backupPhotoSchema);
const recordFile = new Map(recordTypes.map((type) => [backupPaths.records(type), type]));

function invalid(file: string, message: string): ParseResult {
  return { ok: false, problem: { code: 'invalid_file', file, message: `${file} is not valid: ${message}` } };
}

function readJson<S extends z.ZodType>(texts: ReadonlyMap<string, string>, file: string, schema: S) {
  const text = texts.get(file);
  if (text === undefined) return { ok: false as const, message: 'it is missing' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false as const, message: 'it is not JSON' };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true as const, value: parsed.data as z.infer<S> };
  const issue = parsed.error.issues[0];
  return { ok: false as const, message: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Checks every file of a backup zip before anything is written: the manifest first
 * (a zip that is not ours, a newer format, or another engagement is refused by name),
 * then every record, outbox entry and photo entry against the shared schemas.
 * `texts` holds the JSON files by path; `binaryPaths` the photo files present.
 */
export function parseBackup(
  texts: ReadonlyMap<string, string>,
  binaryPaths: ReadonlySet<string>,
  engagementId: string,
): ParseResult {
  const manifestFormat = readJson(
    texts,
    backupPaths.manifest,
    z.object({ format: z.literal(backupFormatName) }).loose(),
  );
  if (!manifestFormat.ok) {
    return { ok: false, problem: { code: 'not_a_backup', message: 'This file is not a Triangulate backup.' } };
  }
  const manifest = readJson(texts, backupPaths.manifest, backupManifestSchema);
  if (!manifest.ok) return invalid(backupPaths.manifest, manifest.message);
  if (manifest.value.formatVersion > backupFormatVersion) {
    const message = 'This backup was made by a newer version of Triangulate: update the app, then import it again.';
    return { ok: false, problem: { code: 'newer_format', message } };
  }
  if (manifest.value.engagementId !== engagementId) {
    const message = `This backup is of another engagement (${manifest.value.council}). Open that engagement to import it.`;
    return { ok: false, problem: { code: 'other_engagement', message } };
  }
  for (const path of [...texts.keys(), ...binaryPaths]) {
    const known = path === backupPaths.manifest || path === backupPaths.outbox || path === backupPaths.photos;
    if (!known && !recordFile.has(path) && !path.startsWith('photos/'))
      return invalid(path, 'it does not belong in a backup');
  }

  const records: ParsedBackup['records'] = [];
  const erased: ParsedBackup['erased'] = [];
  for (const [path, recordType] of recordFile) {
    if (!texts.has(path)) continue;
    const file = readJson(texts, path, z.array(recordOrTombstoneSchema(recordType)));
    if (!file.ok) return invalid(path, file.message);
    for (const [index, record] of (file.value as (AnyRecord | Tombstone)[]).entries()) {
      // A tombstone may leave its engagement out: the manifest's is the one it belongs to.
      const own = recordType === 'engagement' ? record.id : (record.engagementId ?? engagementId);
      if (own !== engagementId) return invalid(path, `${index}: belongs to another engagement`);
      if (isTombstone(record)) erased.push({ recordType, record });
      else records.push({ recordType, record });
    }
  }
  const outbox = texts.has(backupPaths.outbox)
    ? readJson(texts, backupPaths.outbox, outboxSchema)
    : { ok: true as const, value: [] };
  if (!outbox.ok) return invalid(backupPaths.outbox, outbox.message);
  const photos = texts.has(backupPaths.photos)
    ? readJson(texts, backupPaths.photos, photosSchema)
    : { ok: true as const, value: [] };
  if (!photos.ok) return invalid(backupPaths.photos, photos.message);
  for (const [index, photo] of photos.value.entries()) {
    if (photo.engagementId !== engagementId)
      return invalid(backupPaths.photos, `${index}: belongs to another engagement`);
    if (!binaryPaths.has(photo.file)) return invalid(photo.file, 'it is missing');
  }
  return {
    ok: true,
    backup: { manifest: manifest.value, records, erased, outbox: outbox.value, photos: photos.value },
  };
}

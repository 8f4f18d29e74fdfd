import { z } from 'zod';
import { photoContentTypeSchema } from '../photos/photoApi';
import { recordTypeSchema } from '../records/recordTypes';

/** The name written into every backup, so a stray zip is told apart from ours. */
export const backupFormatName = 'triangulate-backup';
/** Bump when the layout of the zip changes; an older app refuses newer files by name. */
export const backupFormatVersion = 1;

/**
 * manifest.json: what the backup is and where it came from. The engagement id decides
 * whether a device may import it; the rest is shown to the person and kept for support.
 */
export const backupManifestSchema = z.object({
  format: z.literal(backupFormatName),
  formatVersion: z.number().int().min(1),
  /** The app version that wrote the file (display only). */
  appVersion: z.string().max(100),
  engagementId: z.uuid(),
  /** The council's name, for the person who picks the file. */
  council: z.string().max(200),
  exportedAt: z.iso.datetime(),
  /** The device that wrote the file: its edits arrive on the importing device as that device's own. */
  deviceId: z.uuid(),
  memberId: z.uuid(),
  /** How many records of each type, outbox entries and photos the file holds. */
  counts: z.object({
    records: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
    outbox: z.number().int().min(0),
    photos: z.number().int().min(0),
  }),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/**
 * photos.json: one entry per photo, holding the stored row minus its bytes, which sit in
 * photos/<id>.<ext>. Photos are not synced records: they are added when missing.
 */
export const backupPhotoSchema = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  noteId: z.uuid(),
  /** Path of the bytes inside the zip. */
  file: z.string().regex(/^photos\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/),
  contentType: photoContentTypeSchema,
  /** 1 when the server already had the bytes; 0 and the importing device uploads them. */
  uploaded: z.union([z.literal(0), z.literal(1)]),
  uploadRefused: z.string().max(500).optional(),
  storedAt: z.iso.datetime(),
});
export type BackupPhoto = z.infer<typeof backupPhotoSchema>;

/** The fixed paths of the zip; records sit at records/<type>.json. */
export const backupPaths = {
  manifest: 'manifest.json',
  outbox: 'outbox.json',
  photos: 'photos.json',
  records: (type: string) => `records/${type}.json`,
} as const;

/** The file extension used for a photo's bytes, from its content type. */
export function photoExtension(contentType: string): string {
  if (contentType === 'image/jpeg') return 'jpg';
  if (contentType === 'image/png') return 'png';
  if (contentType === 'image/webp') return 'webp';
  return 'bin';
}

/** triangulate-backup-<council>-<date>.zip, with the council in safe lowercase words. */
export function backupFileName(council: string, exportedAt: string): string {
  const slug = council
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `triangulate-backup-${slug || 'engagement'}-${exportedAt.slice(0, 10)}.zip`;
}

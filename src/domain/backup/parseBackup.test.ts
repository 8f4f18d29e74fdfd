import { describe, expect, it } from 'vitest';
import { backupFileName, backupFormatName, type BackupManifest } from './backupFormat';
import { parseBackup } from './parseBackup';

const engagementId = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const manifest: BackupManifest = {
  format: backupFormatName,
  formatVersion: 1,
  appVersion: 'test',
  engagementId,
  council: 'Northshire County Council',
  exportedAt: '2026-11-23T18:00:00.000Z',
  deviceId: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
  memberId: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  counts: { records: {}, outbox: 0, photos: 0 },
};
const theme = {
  id: '11111111-1111-4111-8111-111111111111',
  engagementId,
  rev: 3,
  updatedAt: '2026-11-23T10:00:00.000Z',
  deleted: false,
  conflicts: [],
};

function files(extra: Record<string, unknown> = {}, base: Record<string, unknown> = { 'manifest.json': manifest }) {
  return new Map(Object.entries({ ...base, ...extra }).map(([path, value]) => [path, JSON.stringify(value)]));
}

describe('parseBackup', () => {
  it('accepts an empty backup of this engagement', () => {
    const result = parseBackup(files({ 'outbox.json': [] }), new Set(), engagementId);
    expect(result.ok && result.backup.manifest.council).toBe('Northshire County Council');
  });

  it('refuses a zip without our manifest as not a backup', () => {
    const result = parseBackup(files({}, { 'notes.json': [] }), new Set(), engagementId);
    expect(result.ok ? null : result.problem.code).toBe('not_a_backup');
  });

  it('refuses another engagement, a newer format and a broken manifest by name', () => {
    const other = parseBackup(files(), new Set(), '99999999-9999-4999-8999-999999999999');
    expect(other.ok ? null : other.problem.message).toMatch(/another engagement \(Northshire County Council\)/);
    const newer = parseBackup(files({ 'manifest.json': { ...manifest, formatVersion: 99 } }), new Set(), engagementId);
    expect(newer.ok ? null : newer.problem.code).toBe('newer_format');
    const broken = parseBackup(
      files({ 'manifest.json': { ...manifest, exportedAt: 'yesterday' } }),
      new Set(),
      engagementId,
    );
    expect(broken.ok ? null : broken.problem.message).toMatch(/^manifest\.json is not valid: exportedAt/);
  });

  it('accepts a record erased to its bare tombstone, apart from whole records, and nothing in between', () => {
    const erasedId = '22222222-2222-4222-8222-222222222222';
    const tombstone = { id: erasedId, rev: 9, deleted: true };
    const themeFile = [{ ...theme, name: 'Leadership', position: 1 }, tombstone];
    const result = parseBackup(files({ 'records/theme.json': themeFile }), new Set(), engagementId);
    expect(result.ok && result.backup.records.map((entry) => entry.record.id)).toEqual([theme.id]);
    expect(result.ok && result.backup.erased).toEqual([{ recordType: 'theme', record: tombstone }]);

    const halfErased = { ...tombstone, name: 'Leadership' };
    const refused = parseBackup(files({ 'records/theme.json': [halfErased] }), new Set(), engagementId);
    expect(refused.ok ? null : refused.problem).toMatchObject({ code: 'invalid_file', file: 'records/theme.json' });
    const elsewhere = { ...tombstone, engagementId: '99999999-9999-4999-8999-999999999999' };
    const other = parseBackup(files({ 'records/theme.json': [elsewhere] }), new Set(), engagementId);
    expect(other.ok ? null : other.problem.message).toMatch(/belongs to another engagement/);
  });

  it('names the record file and the index of a record that fails its schema', () => {
    const result = parseBackup(files({ 'records/theme.json': [{ ...theme, name: 7 }] }), new Set(), engagementId);
    expect(result.ok ? null : result.problem).toMatchObject({ code: 'invalid_file', file: 'records/theme.json' });
    const notJson = parseBackup(new Map([...files(), ['outbox.json', '{']]), new Set(), engagementId);
    expect(notJson.ok ? null : notJson.problem.message).toBe('outbox.json is not valid: it is not JSON');
  });

  it('refuses a photo entry whose bytes are missing', () => {
    const photo = {
      id: '22222222-2222-4222-8222-222222222222',
      engagementId,
      file: 'photos/22222222-2222-4222-8222-222222222222.jpg',
      noteId: '33333333-3333-4333-8333-333333333333',
      contentType: 'image/jpeg',
      uploaded: 1,
      storedAt: '2026-11-23T10:00:00.000Z',
    };
    const result = parseBackup(files({ 'photos.json': [photo] }), new Set(), engagementId);
    expect(result.ok ? null : result.problem.file).toBe(photo.file);
    expect(parseBackup(files({ 'photos.json': [photo] }), new Set([photo.file]), engagementId).ok).toBe(true);
  });

  it('names files after the council and the day', () => {
    expect(backupFileName('Northshire County Council', manifest.exportedAt)).toBe(
      'triangulate-backup-northshire-county-council-2026-11-23.zip',
    );
  });
});

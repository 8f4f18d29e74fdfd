import type { FieldStamps } from '../../domain/sync/mergeMutation';

/** When the server applied a record's delete, from its stored stamps (both databases). */
export function deletedAtOf(fieldStamps: string): string | undefined {
  const stamps = JSON.parse(fieldStamps) as FieldStamps;
  return stamps.deleted?.at;
}

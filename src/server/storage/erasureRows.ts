import { stampsFromText } from './stampsText';

/** When the server applied a record's delete, from its stored stamps (both databases). */
export function deletedAtOf(fieldStamps: string): string | undefined {
  return stampsFromText(fieldStamps).deleted?.at;
}

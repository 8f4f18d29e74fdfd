/**
 * An unexpected error as the log may show it: its type, its code (a PostgreSQL SQLSTATE
 * such as 22P02, a SQLite or Node code such as SQLITE_BUSY) and its stack frames, which
 * name code, not data. Never its message or other fields: a message can quote what caused
 * it (a parser the text it could not read, PostgreSQL the value it refused, with names
 * around it), and PostgreSQL's `detail` holds row values. The frames and code find the bug.
 */
export function safeError(error: unknown): { type: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code: unknown = 'code' in error ? error.code : undefined;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return {
    type: error.name,
    ...(typeof code === 'string' && /^[\w.-]{1,40}$/.test(code) ? { code } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

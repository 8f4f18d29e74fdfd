import { createLogger, type Logger } from '../../../src/server/log/logger';

export type CapturedLog = {
  logger: Logger;
  /** Everything written, exactly as the server would print it. */
  text(): string;
  /** Each line parsed. */
  entries(): Record<string, unknown>[];
};

/** The server's real logger (debug and up), writing into memory instead of stdout. */
export function captureLog(): CapturedLog {
  const chunks: string[] = [];
  const logger = createLogger('debug', { write: (chunk: string) => void chunks.push(chunk) });
  return {
    logger,
    text: () => chunks.join(''),
    entries: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

/**
 * Keys that would hold a secret or someone's words if a future log call passed a whole
 * object by mistake: censored wherever they appear at the top or one level down. The
 * log calls themselves pass only ids, routes, statuses and times (docs/operations.md).
 */
const neverLogged = ['authorization', 'token', 'deviceToken', 'code', 'url', 'text', 'displayName', 'body'];

/**
 * The server's structured log: one JSON object a line on stdout (or `destination`),
 * with an ISO time and the level by name, for a log shipper to read.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(1)): Logger {
  return pino(
    {
      level,
      base: { service: 'triangulate' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...neverLogged, ...neverLogged.map((key) => `*.${key}`)], censor: '[not logged]' },
    },
    destination,
  );
}

/** For apps made without a logger (most tests): says nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });

import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

/**
 * Keys that would hold a secret or someone's words if a future log call passed a whole
 * object by mistake: censored wherever they appear at the top or one level down. The
 * log calls themselves pass only ids, routes, statuses and times (docs/operations.md).
 */
const neverLogged = ['authorization', 'token', 'deviceToken', 'code', 'url', 'text', 'displayName', 'body'];

/** Log output waits until this much is ready, or at most `flushEveryMs`. */
const bufferedBytes = 4096;
const flushEveryMs = 1000;

/**
 * Stdout, written in blocks: a line per request written on its own was a system call per
 * request (and a wake-up of whatever reads the log), a sizeable share of the server's CPU
 * under load. Lines wait at most a second; pino writes out the rest when the process exits.
 */
export function bufferedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, minLength: bufferedBytes, sync: false });
  // pino writes out what is left when the process exits (its own exit handler).
  setInterval(() => destination.flush(), flushEveryMs).unref();
  return destination;
}

/**
 * The server's structured log: one JSON object a line on stdout (or `destination`),
 * with an ISO time and the level by name, for a log shipper to read.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = bufferedStdout()): Logger {
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

import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies } from './http/trustedProxies';
import { faultPausePoints, type FaultPausePoint } from './sync/faultDrill';

/** The server's whole configuration; nothing else reads process.env. */
export type Config = {
  port: number;
  host: string;
  /** Where the SQLite file lives; created on start. */
  dataDir: string;
  /** PostgreSQL instead of the SQLite file, when DATABASE_URL is set. */
  databaseUrl?: string;
  /** The address people use to reach the server: join links are printed with it. */
  publicUrl: string;
  /** The built PWA (vite output) served for every non-API GET. */
  clientDir: string;
  /** Fault drills only: where a push freezes so a test can kill the process there. */
  faultPause?: FaultPausePoint;
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For names the client; none by default. */
  trustedProxies: string[];
  /** How much the structured log says (LOG_LEVEL); never note text, names or tokens. */
  logLevel: LogLevel;
};

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535' })
    .int({ error: 'must be a port number from 1 to 65535' })
    .min(1, { error: 'must be a port number from 1 to 65535' })
    .max(65535, { error: 'must be a port number from 1 to 65535' })
    .default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://triangulate.example.org' })
    .optional(),
  CLIENT_DIR: z.string().min(1).default('dist/client'),
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a postgres:// or postgresql:// URL such as postgresql://user:password@host:5432/triangulate',
    })
    .optional(),
  TRIANGULATE_FAULT_PAUSE: z.enum(faultPausePoints).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parseTrustedProxies(value);
      if (parsed.ok) return parsed.entries;
      context.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }),
});

/**
 * Parses the environment once. Returns a message instead of throwing so the caller
 * can print one clear line and exit, rather than a stack trace.
 */
export function parseConfig(env: Record<string, string | undefined>, cwd: string): ConfigResult {
  // Empty strings come from `FOO= node …`; treat them as unset so defaults apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    return { ok: false, message: `Invalid configuration: ${name}: ${issue?.message ?? 'invalid value'}` };
  }
  const { PORT, HOST, DATA_DIR, PUBLIC_URL, CLIENT_DIR, DATABASE_URL } = parsed.data;
  const { TRIANGULATE_FAULT_PAUSE, TRUSTED_PROXIES, LOG_LEVEL } = parsed.data;
  return {
    ok: true,
    config: {
      port: PORT,
      host: HOST,
      dataDir: path.resolve(cwd, DATA_DIR),
      publicUrl: (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, ''),
      clientDir: path.resolve(cwd, CLIENT_DIR),
      ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : {}),
      ...(TRIANGULATE_FAULT_PAUSE ? { faultPause: TRIANGULATE_FAULT_PAUSE } : {}),
      trustedProxies: TRUSTED_PROXIES,
      logLevel: LOG_LEVEL,
    },
  };
}

import { parseArgs } from 'node:util';
import { themeTemplateIds } from '../../domain/templates/themeTemplates';
import { AdminError } from './adminError';
import type { NewEngagement } from './createEngagement';
import type { ExportFormat } from './exportOutput';

export type AdminCommand =
  | { name: 'create-engagement'; input: NewEngagement }
  | { name: 'invite'; engagementId: string; memberId: string; days: number | undefined }
  | { name: 'list-devices'; engagementId: string }
  | { name: 'revoke-device'; engagementId: string; deviceId: string }
  | { name: 'findings' | 'coverage' | 'audit'; engagementId: string; json: boolean }
  | { name: 'export'; engagementId: string; format: ExportFormat; out: string; json: boolean }
  | { name: 'delete-engagement'; engagementId: string; confirmed: boolean }
  | { name: 'help' };

export const adminUsage = [
  'Usage: npm run admin -- <command> [options]',
  '  create-engagement --council "…" --title "…" --from YYYY-MM-DD --to YYYY-MM-DD --manager "Name"',
  `                    [--themes ${themeTemplateIds.join('|')}]   (default ${themeTemplateIds[0]})`,
  '  invite --engagement <id> --member <id> [--days 1-60]',
  '  list-devices --engagement <id>',
  '  revoke-device --engagement <id> --device <id>',
  '  findings --engagement <id> [--json]   (each live finding: label, counts, mixed evidence)',
  '  coverage --engagement <id> [--json]   (notes per theme and scope question, by group and by type)',
  '  audit --engagement <id> [--json]      (joins, role changes, revocations, publications, erasures)',
  '  export --engagement <id> --format pptx|docx --out <file> [--json]',
  '                    (the presentation or the summary letter; exits 3, writing nothing, while the',
  '                     non-attribution check has unresolved hits)',
  '  delete-engagement --engagement <id> [--yes]',
  '                    (when its retention ends: every record, photo, device and invite; without',
  '                     --yes it only counts them)',
  'DATA_DIR (or DATABASE_URL) and PUBLIC_URL are read as by the server.',
];

/** The options each command takes as `--name value`. */
const optionsOf = {
  'create-engagement': ['council', 'title', 'from', 'to', 'manager', 'themes'],
  invite: ['engagement', 'member', 'days'],
  'list-devices': ['engagement'],
  'revoke-device': ['engagement', 'device'],
  findings: ['engagement'],
  coverage: ['engagement'],
  audit: ['engagement'],
  export: ['engagement', 'format', 'out'],
  'delete-engagement': ['engagement'],
} as const;
type CommandName = keyof typeof optionsOf;

/** The options each command takes as a bare `--name`. */
const flagsOf: Partial<Record<CommandName, readonly string[]>> = {
  findings: ['json'],
  coverage: ['json'],
  audit: ['json'],
  export: ['json'],
  'delete-engagement': ['yes'],
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(optionsOf, name);

type Options = { values: Record<string, string | undefined>; flags: ReadonlySet<string> };

function readOptions(name: CommandName, args: string[]): Options {
  const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries([
    ...optionsOf[name].map((option) => [option, { type: 'string' }]),
    ...(flagsOf[name] ?? []).map((flag) => [flag, { type: 'boolean' }]),
  ]);
  try {
    const parsed = Object.entries(parseArgs({ args, options, strict: true, allowPositionals: false }).values);
    return {
      values: Object.fromEntries(parsed.filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
      flags: new Set(parsed.filter(([, value]) => value === true).map(([flag]) => flag)),
    };
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--colour'"); keep its first line only.
    throw new AdminError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments');
  }
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (value === undefined || value.trim() === '') throw new AdminError(`--${name} is required`);
  return value;
}

function parseDays(days: string | undefined): number | undefined {
  if (days === undefined) return undefined;
  if (!/^\d{1,3}$/.test(days)) throw new AdminError('--days: must be a whole number from 1 to 60');
  return Number(days);
}

/** Reads the command line (after `npm run admin --`); a mistake is one AdminError line. */
export function parseAdminArgs(argv: readonly string[]): AdminCommand {
  const [name, ...rest] = argv;
  if (name === undefined) throw new AdminError('no command given');
  if (name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (!isCommand(name)) throw new AdminError(`unknown command "${name}"`);
  const { values, flags } = readOptions(name, rest);
  switch (name) {
    case 'create-engagement': {
      const themes = values.themes;
      const input: NewEngagement = {
        council: required(values, 'council'),
        title: required(values, 'title'),
        from: required(values, 'from'),
        to: required(values, 'to'),
        manager: required(values, 'manager'),
      };
      if (themes !== undefined) {
        const known = themeTemplateIds.find((id) => id === themes);
        if (!known) throw new AdminError(`--themes: must be one of ${themeTemplateIds.join(', ')}`);
        input.themes = known;
      }
      return { name, input };
    }
    case 'invite':
      return {
        name,
        engagementId: required(values, 'engagement'),
        memberId: required(values, 'member'),
        days: parseDays(values.days),
      };
    case 'list-devices':
      return { name, engagementId: required(values, 'engagement') };
    case 'revoke-device':
      return { name, engagementId: required(values, 'engagement'), deviceId: required(values, 'device') };
    case 'findings':
    case 'coverage':
    case 'audit':
      return { name, engagementId: required(values, 'engagement'), json: flags.has('json') };
    case 'delete-engagement':
      return { name, engagementId: required(values, 'engagement'), confirmed: flags.has('yes') };
    case 'export': {
      const format = required(values, 'format');
      if (format !== 'pptx' && format !== 'docx') throw new AdminError('--format: must be pptx or docx');
      return {
        name,
        engagementId: required(values, 'engagement'),
        format,
        out: required(values, 'out'),
        json: flags.has('json'),
      };
    }
  }
}

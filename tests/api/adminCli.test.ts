import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';
import { buildServer } from './support/builtServer';

// The admin tool as a real process, bundled by scripts/build-server.mjs (builtServer.ts).
let built: Awaited<ReturnType<typeof buildServer>>;
let dataDir: string;
let target: TestStorageConfig;

beforeAll(async () => {
  built = await buildServer();
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-admin-cli-'));
  target = await testStorageConfig(dataDir);
});
afterAll(async () => {
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  built.remove();
});

type Run = { code: number; stdout: string; stderr: string };

function run(...args: string[]): Promise<Run> {
  const env = {
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    PUBLIC_URL: 'https://tri.example.org',
    ...(target.config.databaseUrl ? { DATABASE_URL: target.config.databaseUrl } : {}),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(built.dir, 'admin.js'), ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Creates an engagement with Wessex Council's defaults and gives its id. */
async function createEngagement(title: string): Promise<string> {
  const created = await run(
    'create-engagement',
    '--council',
    'Wessex Council',
    '--title',
    title,
    '--from',
    '2026-12-01',
    '--to',
    '2026-12-04',
    '--manager',
    'Ann Lee',
  );
  const id = /Engagement created: ([0-9a-f-]{36})/.exec(created.stdout)?.[1];
  if (!id) throw new Error(`no engagement created: ${created.stderr}`);
  return id;
}

// Each test starts the admin tool two to four times, a whole Node process each; exporting
// loads and runs the deck and letter writers. 3–4 s on a quiet machine, past 20 s on a busy one.
describe('the bundled admin command line', { timeout: 60_000 }, () => {
  it('creates an engagement and prints the manager’s link', async () => {
    const result = await run(
      'create-engagement',
      '--council',
      'Wessex Council',
      '--title',
      'Assurance',
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-04',
      '--manager',
      'Ann Lee',
      '--themes',
      'assurance',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Engagement created: [0-9a-f-]{36} \(4 themes\)\nchallenge manager: Ann Lee .* — https:\/\/tri\.example\.org\/join\/[\w-]+\n/,
    );
  });

  it('prints exactly one JSON object, and nothing else, for findings and coverage --json', async () => {
    const engagementId = await createEngagement('Adults');
    const findings = await run('findings', '--engagement', engagementId, '--json');
    expect(findings).toEqual({ code: 0, stdout: '{"findings":[]}\n', stderr: '' });
    const coverage = await run('coverage', '--engagement', engagementId, '--json');
    expect(coverage).toMatchObject({ code: 0, stderr: '' });
    expect(coverage.stdout.endsWith('\n')).toBe(true);
    const cells = (JSON.parse(coverage.stdout) as { cells: unknown[] }).cells;
    // Five themes (the default template), nine groups and three evidence types each, no scope question yet.
    expect(cells).toHaveLength(5 * 12);
    expect(cells[0]).toEqual({ themeId: expect.any(String), stakeholderGroup: 'councillors', notes: 0 });
  });

  it('exports as the contract says: exit 3 and the hits as JSON with no file, or exit 0 and the file', async () => {
    const engagementId = await createEngagement('Adults with Cllr Okafor');
    const deck = path.join(dataDir, `deck-${engagementId}.pptx`);
    const stopped = await run('export', '--engagement', engagementId, '--format', 'pptx', '--out', deck, '--json');
    expect(stopped).toMatchObject({ code: 3, stderr: '' });
    expect(JSON.parse(stopped.stdout)).toEqual({
      hits: [
        {
          recordType: 'engagement',
          recordId: engagementId,
          field: 'title',
          text: 'Cllr Okafor',
          kind: 'name',
          reason: expect.any(String) as string,
        },
      ],
    });
    expect(existsSync(deck)).toBe(false);

    const plainId = await createEngagement('Adults');
    const letter = path.join(dataDir, `letter-${plainId}.docx`);
    const written = await run('export', '--engagement', plainId, '--format', 'docx', '--out', letter, '--json');
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(written.stdout)).toEqual({ file: letter, paragraphs: expect.any(Number) as number });
    expect(readFileSync(letter).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 with one line for bad arguments', async () => {
    const result = await run('create-engagement', '--council', 'X');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('--title is required')]);
  });
});

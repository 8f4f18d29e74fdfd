import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocumentsRead } from '../../src/domain/outputs/teamActivities';
import { recordSchemas } from '../../src/domain/records/recordTypes';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { exportDoneReportSchema, exportHitsReportSchema } from '../../src/server/admin/reportSchemas';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { joinAs } from './support/devices';
import { edit } from './support/mutations';
import { pullAll, push } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

// `npm run admin -- export`: the demo evening, two findings agreed (one naming a team
// member), exported from the server's copy with the app's own model and check.
let t: TestApp;
let manager: JoinResponse;
let seq = 0;
const ids = { named: '', plain: '' };
let memberName = '';
/** The demo's live recommendations: each is a numbered paragraph of the letter, as each agreed finding is. */
let recommendations = 0;
/** The documents the demo's notes name as read. */
let documentsRead = 0;

async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, {
    env: { ...t.databaseEnv, PUBLIC_URL: 'https://tri.example.org' },
    cwd: t.dir,
    now: () => new Date('2026-12-04T09:00:00.000Z'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}
const exportArgs = (format: 'pptx' | 'docx', out: string, json = true) => [
  'export',
  '--engagement',
  t.demo.engagementId,
  '--format',
  format,
  '--out',
  out,
  ...(json ? ['--json'] : []),
];

beforeAll(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  const { changes } = await pullAll(t, manager);
  const findings = changes
    .filter((change) => change.recordType === 'finding')
    .map((change) => recordSchemas.finding.parse(change.record));
  const lead = changes
    .filter((change) => change.recordType === 'member')
    .map((change) => recordSchemas.member.parse(change.record))
    .find((member) => member.position === 'lead peer');
  recommendations = changes
    .filter((change) => change.recordType === 'recommendation')
    .map((change) => recordSchemas.recommendation.parse(change.record))
    .filter((recommendation) => !recommendation.deleted && recommendation.text.trim() !== '').length;
  documentsRead = countDocumentsRead(
    changes.filter((change) => change.recordType === 'note').map((change) => recordSchemas.note.parse(change.record)),
  );
  const [named, plain] = findings;
  if (!named || !plain || !lead) throw new Error('the demo evening has findings and a lead peer');
  ids.named = named.id;
  ids.plain = plain.id;
  memberName = lead.displayName;
  await push(t, manager, [
    edit((seq += 1), 'finding', named.id, { status: 'agreed', headline: `${memberName} praised the new front door` }),
    edit((seq += 1), 'finding', plain.id, { status: 'agreed' }),
  ]);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('admin export', () => {
  it('writes no file while a hit is unresolved: exit 3 and each hit with its exact span', async () => {
    const { code, out, err } = await admin(...exportArgs('pptx', 'deck.pptx'));
    expect(err).toEqual([]);
    expect(code).toBe(3);
    expect(out).toHaveLength(1);
    const report = exportHitsReportSchema.parse(JSON.parse(out[0] ?? ''));
    expect(report.hits).toContainEqual({
      recordType: 'finding',
      recordId: ids.named,
      field: 'headline',
      text: memberName,
      kind: 'name',
      reason: expect.any(String) as string,
    });
    expect(existsSync(path.join(t.dir, 'deck.pptx'))).toBe(false);
    expect(readdirSync(t.dir).filter((name) => name.includes('partial'))).toEqual([]);

    const readable = await admin(...exportArgs('pptx', 'deck.pptx', false));
    expect(readable.code).toBe(3);
    expect(readable.out[0]).toMatch(/^The non-attribution check found \d+ unresolved hits?; no file was written\.$/);
    expect(readable.out.join('\n')).toContain(`name: “${memberName}” in finding ${ids.named} (headline)`);
  });

  it('exports the presentation once every hit is accepted for it, with as many slides as the deck model', async () => {
    const before = exportHitsReportSchema.parse(
      JSON.parse((await admin(...exportArgs('pptx', 'deck.pptx'))).out[0] ?? ''),
    );
    await push(
      t,
      manager,
      before.hits.map((hit) =>
        edit((seq += 1), 'attributionAcceptance', crypto.randomUUID(), {
          outputKind: 'presentation',
          recordType: hit.recordType,
          recordId: hit.recordId,
          field: hit.field,
          span: hit.text,
          reason: 'Checked by the challenge manager for the test.',
          acceptedAt: '2026-12-04T08:00:00.000Z',
        }),
      ),
    );
    const { code, out } = await admin(...exportArgs('pptx', 'deck.pptx'));
    expect(code).toBe(0);
    const report = exportDoneReportSchema.parse(JSON.parse(out[0] ?? ''));
    expect(report).toEqual({ file: path.join(t.dir, 'deck.pptx'), slides: expect.any(Number) as number });
    const files = Object.keys(unzipSync(readFileSync(report.file)));
    const slides = files.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength('slides' in report ? report.slides : -1);
    expect(slides.length).toBeGreaterThan(3);
  });

  it('checks each output on its own: the letter still stops until the name is fixed, then has numbered paragraphs', async () => {
    const stopped = await admin(...exportArgs('docx', 'letter.docx'));
    expect(stopped.code).toBe(3);
    await push(t, manager, [edit((seq += 1), 'finding', ids.named, { headline: 'Staff praised the new front door' })]);
    const { code, out } = await admin(...exportArgs('docx', 'letter.docx'));
    expect(code).toBe(0);
    const report = exportDoneReportSchema.parse(JSON.parse(out[0] ?? ''));
    expect(recommendations).toBeGreaterThan(0);
    expect(report).toEqual({ file: path.join(t.dir, 'letter.docx'), paragraphs: 2 + recommendations });
    const xml = new TextDecoder().decode(unzipSync(readFileSync(report.file))['word/document.xml']);
    expect(xml).toContain('Staff praised the new front door');
    expect(xml).not.toContain(memberName);
    // What the team did counts the documents its notes name, read from the server's notes.
    expect(documentsRead).toBeGreaterThan(1);
    expect(xml).toContain(`read ${documentsRead} documents`);
  });

  it('names what is wrong on the command line, before opening the database', async () => {
    expect(await admin('export', '--engagement', t.demo.engagementId, '--format', 'pdf', '--out', 'x')).toMatchObject({
      code: 2,
      err: ['admin: --format: must be pptx or docx (npm run admin -- help lists the commands)'],
    });
    expect(await admin('export', '--engagement', t.demo.engagementId, '--format', 'pptx')).toMatchObject({
      code: 2,
      err: ['admin: --out is required (npm run admin -- help lists the commands)'],
    });
    const missingFolder = await admin(...exportArgs('pptx', 'no/such/folder/deck.pptx'));
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.err[0]).toMatch(/^admin: --out: cannot write .*deck\.pptx \(ENOENT\)$/);
  });
});

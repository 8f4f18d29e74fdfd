import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../src/domain/records/recordTypes';
import { parseConfig } from '../../src/server/config';
import { demoBanner } from '../../src/server/demo/demoBanner';
import { demoNotes } from '../../src/server/demo/demoEvening';
import { demoFindings, demoRecommendations, demoStillToCover } from '../../src/server/demo/demoFindings';
import { demoTimetable } from '../../src/server/demo/demoSessions';
import { seedDemo } from '../../src/server/demo/seedDemo';
import { describeStorage, openStorage } from '../../src/server/storage/openStorage';
import { testStorageConfig } from '../support/testStorageConfig';

describe('parseConfig', () => {
  it('fills in defaults', () => {
    expect(parseConfig({}, '/srv/app')).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '0.0.0.0',
        dataDir: '/srv/app/data',
        publicUrl: 'http://localhost:8787',
        clientDir: '/srv/app/dist/client',
        trustedProxies: [],
        logLevel: 'info',
      },
    });
  });

  it('trims the trailing slash of PUBLIC_URL and follows PORT', () => {
    const result = parseConfig({ PORT: '9000', PUBLIC_URL: 'https://triangulate.example.org/' }, '/srv');
    expect(result.ok && result.config.publicUrl).toBe('https://triangulate.example.org');
    expect(parseConfig({ PORT: '9000' }, '/srv')).toMatchObject({ config: { publicUrl: 'http://localhost:9000' } });
  });

  it.each([
    { PORT: 'eighty' },
    { PORT: '70000' },
    { PUBLIC_URL: 'not a url' },
    { PUBLIC_URL: 'ftp://x.org' },
    { DATABASE_URL: 'mysql://u:secret@db/triangulate' },
    { DATABASE_URL: 'triangulate' },
  ])('explains bad settings in one line: %j', (env) => {
    const result = parseConfig(env, '/srv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Invalid configuration: (PORT|PUBLIC_URL|DATABASE_URL): [^\n]+$/);
    if (!result.ok) expect(result.message).not.toContain('secret');
  });

  it('chooses PostgreSQL only when DATABASE_URL is set, and never prints its password', () => {
    const url = 'postgresql://triangulate:s3cret@db.internal:5432/triangulate?sslmode=require';
    const result = parseConfig({ DATABASE_URL: url }, '/srv');
    expect(result.ok && result.config.databaseUrl).toBe(url);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/t' }, '/srv')).toMatchObject({
      config: { databaseUrl: 'postgres://db/t' },
    });
    const empty = parseConfig({ DATABASE_URL: '' }, '/srv');
    expect(empty.ok && empty.config.databaseUrl).toBeUndefined();
    expect(describeStorage({ dataDir: '/srv/data', databaseUrl: url })).toBe(
      'PostgreSQL at db.internal:5432/triangulate',
    );
    expect(describeStorage({ dataDir: '/srv/data' })).toBe('SQLite at /srv/data/triangulate.sqlite');
  });
});

describe('seedDemo', () => {
  it('stores a valid demo once, with revs 1…n, and prints the links in order', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-seed-'));
    const target = await testStorageConfig(dataDir);
    const storage = await openStorage(target.config);
    try {
      const seed = await seedDemo(storage, { publicUrl: 'https://t.example', now: new Date('2026-06-15T08:00:00Z') });
      if (!seed) throw new Error('not seeded');
      const rows = await storage.read((tx) => tx.listChanges(seed.engagementId, 0, 10_000));
      for (const row of rows) recordSchemas[row.recordType].parse(row.data);
      expect(rows.map((row) => row.rev)).toEqual(rows.map((_, index) => index + 1));
      const count = (type: string) => rows.filter((row) => row.recordType === type).length;
      expect([count('engagement'), count('theme'), count('scopeQuestion'), count('member')]).toEqual([1, 5, 2, 3]);
      // Every row of the demo data is stored: the timetable and the evening's work.
      expect([
        count('session'),
        count('note'),
        count('finding'),
        count('recommendation'),
        count('stillToCover'),
      ]).toEqual([
        demoTimetable.length,
        demoNotes.length,
        demoFindings.length,
        demoRecommendations.length,
        demoStillToCover.length,
      ]);
      const engagement = rows.find((row) => row.recordType === 'engagement')?.data;
      // On site from two days ago: those two days' notes are in, today and tomorrow are to come.
      expect(engagement).toMatchObject({
        onSiteFrom: '2026-06-13',
        onSiteTo: '2026-06-16',
        council: 'Borsetshire County Council',
      });
      // 09:00 in London during British Summer Time is 08:00 UTC.
      expect(rows.some((row) => row.data.startsAt === '2026-06-13T08:00:00.000Z')).toBe(true);
      expect(rows.some((row) => row.data.startsAt === '2026-06-15T08:00:00.000Z')).toBe(true);

      const lines = demoBanner(seed);
      expect(lines[0]).toBe(
        'Demo engagement created: Adult social care peer challenge (demo) at Borsetshire County Council',
      );
      expect(lines[1]).toMatch(/^challenge manager: [^—]+ — https:\/\/t\.example\/join\/[\w-]+$/);
      expect(lines[2]).toMatch(/^peer: [^—]+ \(lead peer\) — https:\/\/t\.example\/join\/[\w-]+$/);
      expect(lines[3]).toMatch(/^peer: [^—]+ \(officer peer\) — https:\/\/t\.example\/join\/[\w-]+$/);

      expect(await seedDemo(storage, { publicUrl: 'https://t.example', now: new Date() })).toBeUndefined();
    } finally {
      await storage.close();
      await target.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

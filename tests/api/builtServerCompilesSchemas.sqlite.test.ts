import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from './support/builtServer';

// The server bundle as `npm start` runs it (storage plays no part: SQLite's project only).
// Its shared chunks are evaluated before the entry's own first import, so a chunk that
// builds schemas must install zod's compiler itself, or every record check runs on zod's
// slower general parser (bench/RESULTS.md, issue 11).
let built: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  built = await buildServer();
});
afterAll(() => built.remove());

it('compiles every record schema the built server parses with', async () => {
  const chunks = path.join(built.dir, 'chunks');
  const holder = readdirSync(chunks).find(
    (file) =>
      file.endsWith('.js') && /export \{[^}]*\brecordSchemas\b/.test(readFileSync(path.join(chunks, file), 'utf8')),
  );
  expect(holder, 'the chunk that exports recordSchemas').toBeDefined();
  // A fresh process imports that chunk as main.js does, parses once with each record schema
  // (zod compiles a schema on its first parse, whatever the value), then reports which hold
  // a compiled check (zod/compile keeps it in the schema's internal `bag.validator`).
  const script = `
    const { recordSchemas } = await import(${JSON.stringify(path.join(chunks, holder ?? ''))});
    const report = {};
    for (const [type, schema] of Object.entries(recordSchemas)) {
      schema.safeParse({});
      report[type] = typeof schema._zod.bag.validator === 'function';
    }
    console.log(JSON.stringify(report));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  const compiled = JSON.parse(stdout) as Record<string, boolean>;
  expect(Object.keys(compiled).length).toBeGreaterThan(10);
  expect(Object.entries(compiled).filter(([, yes]) => !yes)).toEqual([]);
});

// The floor under Triangulate's side of `--only=pouchdb` (bench/pouchdb.mjs): the least a
// server can do to take the same pushes and answer the same pulls on SQLite, in its own
// process as Triangulate's is. node:http and better-sqlite3 with Triangulate's records
// table, its rev index and its pragmas (src/server/storage/migrations.ts, sqliteStorage.ts;
// no checkpoint at all, below):
// a push parses its body and, in one transaction, reads each record's row (a merge needs
// it), sets the changes on it and writes it; a pull pages rows by rev, 1,000 at a time,
// their stored text copied into the answer. No validation, merge rules, stamps, audit,
// sign-in or erasure: the cost of the job itself on this storage, not a server to use.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const port = Number(process.argv[2]);
const pageSize = 1000;
const engagementId = process.argv[3];
const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-sqlite-floor-'));
const db = new Database(path.join(dir, 'floor.sqlite'));
db.pragma('page_size = 16384');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
// Copies nothing into the database file during the run: Triangulate's server does that on
// a thread of its own (src/server/storage/sqliteCheckpoints.ts), off the requests' path.
db.pragma('wal_autocheckpoint = 0');
db.exec(`
  CREATE TABLE engagement_counters (engagement_id TEXT PRIMARY KEY, counter INTEGER NOT NULL);
  CREATE TABLE records (
    engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
    record_type TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, rev INTEGER NOT NULL,
    deleted INTEGER NOT NULL, updated_at TEXT NOT NULL, field_stamps TEXT, council_rev INTEGER,
    PRIMARY KEY (engagement_id, record_type, id)
  );
  CREATE INDEX records_by_rev ON records (engagement_id, rev);
`);
db.prepare('INSERT INTO engagement_counters VALUES (?, 0)').run(engagementId);
const getRecord = db.prepare('SELECT data FROM records WHERE engagement_id = ? AND record_type = ? AND id = ?');
const putRecord = db.prepare(
  `INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps, council_rev)
   VALUES (?, ?, ?, ?, ?, 0, ?, ?, NULL)
   ON CONFLICT (engagement_id, record_type, id) DO UPDATE SET data = excluded.data, rev = excluded.rev,
     updated_at = excluded.updated_at, field_stamps = excluded.field_stamps`,
);
const setCounter = db.prepare('UPDATE engagement_counters SET counter = ? WHERE engagement_id = ?');
const listChanges = db.prepare(
  'SELECT record_type, data, rev FROM records WHERE engagement_id = ? AND rev > ? ORDER BY rev LIMIT ?',
);
let rev = 0;

function push(body) {
  const results = [];
  db.exec('BEGIN IMMEDIATE');
  for (const mutation of body.mutations) {
    const stored = getRecord.get(engagementId, mutation.recordType, mutation.recordId);
    const record = stored ? JSON.parse(stored.data) : {};
    Object.assign(record, mutation.changes);
    for (const [field, change] of Object.entries(mutation.setChanges ?? {}))
      record[field] = [...(record[field] ?? []), ...change.add].filter((value) => !change.remove.includes(value));
    rev += 1;
    record.id = mutation.recordId;
    record.engagementId = engagementId;
    record.rev = rev;
    record.updatedAt = mutation.editedAt;
    record.deleted = false;
    record.conflicts = [];
    const stamps = `{"rev":${rev},"at":"${mutation.editedAt}"}`;
    putRecord.run(
      engagementId,
      mutation.recordType,
      mutation.recordId,
      JSON.stringify(record),
      rev,
      mutation.editedAt,
      stamps,
    );
    results.push({ seq: mutation.seq, status: 'applied', rev });
  }
  setCounter.run(rev, engagementId);
  db.exec('COMMIT');
  return JSON.stringify({ results, cursor: rev });
}

function pull(since) {
  const rows = listChanges.all(engagementId, since, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const changes = page.map((row) => `{"recordType":"${row.record_type}","record":${row.data}}`).join(',');
  const cursor = page.length ? page[page.length - 1].rev : since;
  return `{"changes":[${changes}],"cursor":${cursor},"hasMore":${rows.length > pageSize}}`;
}

const server = http.createServer((request, response) => {
  const answer = (text) =>
    response
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
      .end(text);
  if (request.method === 'POST') {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => answer(push(JSON.parse(Buffer.concat(chunks).toString('utf8')))));
  } else answer(pull(Number(new URL(request.url, 'http://floor').searchParams.get('since') ?? 0)));
});
const stop = () => {
  server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
server.listen(port, '127.0.0.1', () => console.log(`sqlite floor listening on ${port}`));

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

/** A version the server speaks, read from the shared protocol source so a bump never breaks the bench (426). */
function versionFromSource(name) {
  const source = readFileSync(path.join(repoRoot, 'src', 'domain', 'sync', 'protocol.ts'), 'utf8');
  const match = new RegExp(`export const ${name} = (\\d+);`).exec(source);
  if (!match) throw new Error(`${name} not found in src/domain/sync/protocol.ts`);
  return Number(match[1]);
}

/** The wire versions the built server speaks today (docs/api.md). */
export const protocolVersion = versionFromSource('protocolVersion');
export const schemaVersion = versionFromSource('schemaVersion');

const words = (
  'staff described the new front door as quicker but carers said the phone line still rings out after five ' +
  'the director was clear about priorities and the budget gap for next year was explained with figures ' +
  'partners from the NHS trust praised joint discharge work although waiting lists for assessment remain long ' +
  'councillors asked good questions in scrutiny yet few could name the three top risks in the service plan ' +
  'people who use services told us they were listened to and that reviews happen on time most of the year'
).split(' ');

/** Deterministic note text of about `bytes` bytes (ASCII), different for every (device, n). */
export function noteText(device, n, bytes = 600) {
  let seed = (device * 7919 + n * 104_729 + 17) >>> 0;
  const parts = [`[d${device} n${n}]`];
  let length = parts[0].length;
  while (length < bytes) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    const word = words[seed % words.length];
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/** A complete new note, as a device first pushes it (same fields as tests/api/support/mutations.ts). */
export function newNote(seq, { sessionId, text, themeIds = [], editedAt = new Date().toISOString() }) {
  return {
    seq,
    recordType: 'note',
    recordId: randomUUID(),
    op: 'upsert',
    changes: {
      sessionId,
      text,
      evidenceType: 'heard',
      stance: 'neutral',
      isQuote: false,
      createdAt: editedAt,
      documentReference: '',
    },
    // Set fields travel as adds and removes, never in `changes`.
    setChanges: { themeIds: { add: themeIds, remove: [] }, scopeQuestionIds: { add: [], remove: [] } },
    baseRevs: {},
    editedAt,
  };
}

/** A new member record, pushed by the manager before an invite can name it. */
export function newMember(seq, { displayName, role = 'peer', position = 'member peer' }) {
  return {
    seq,
    recordType: 'member',
    recordId: randomUUID(),
    op: 'upsert',
    changes: { displayName, role, position },
    setChanges: {},
    baseRevs: {},
    editedAt: new Date().toISOString(),
  };
}

/** A change of a note's text, made from the revision the device last saw. */
export function editText(seq, recordId, text, baseRev) {
  return {
    seq,
    recordType: 'note',
    recordId,
    op: 'upsert',
    changes: { text },
    setChanges: {},
    baseRevs: { text: baseRev },
    editedAt: new Date().toISOString(),
  };
}

/** The push envelope around some mutations. */
export function pushBody(mutations, syncedWith = {}) {
  return { protocolVersion, schemaVersion, ...syncedWith, mutations };
}

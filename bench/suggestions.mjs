// How long the findings board's suggestions take for 1,000 unassigned notes in Node (the
// worker runs the same code): the domain's suggestForBoard, bundled with esbuild, over the
// search benchmark's seeded notes (20–200 words each), with 10 selected notes and 20 findings.
// Usage: node bench/suggestions.mjs [--notes 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { repoRoot } from './lib/paths.mjs';
import { makeSearchCorpus } from './search-corpus.mjs';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '1000' } } });
const count = Number(values.notes);
const dir = mkdtempSync(path.join(os.tmpdir(), 'suggestions-'));
const outfile = path.join(dir, 'suggest.mjs');
await build({
  entryPoints: [path.join(repoRoot, 'src', 'domain', 'findings', 'boardSuggestions.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'silent',
});
const { suggestForBoard, makeBoardSuggester } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true });

const { notes } = makeSearchCorpus(count + 200);
const themeId = 'theme';
const asNote = (note) => ({ id: note.id, text: note.text, themeIds: [themeId] });
const unassigned = notes.slice(0, count).map(asNote);
const citedNotes = notes.slice(count).map(asNote);
const findings = Array.from({ length: 20 }, (_, i) => ({
  id: `finding-${i}`,
  themeId,
  headline: citedNotes[i * 10].text.split(' ').slice(0, 8).join(' '),
  explanation: '',
  noteIds: citedNotes.slice(i * 10, i * 10 + 10).map((note) => note.id),
}));
const request = { unassigned, selected: unassigned.slice(0, 10), findings, citedNotes };

// Cold: a fresh computation (the worker's first question). Warm: the same worker asked again
// with one more note selected, as on each selection (the pile unchanged), and with one note
// gone from the pile, as after a move.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = [];
const selected = [];
const moved = [];
let result;
for (let run = 0; run < 7; run += 1) {
  let start = performance.now();
  result = suggestForBoard(request);
  cold.push(performance.now() - start);
  const suggest = makeBoardSuggester();
  suggest({ ...request, selected: [] });
  start = performance.now();
  suggest({ ...request, selected: unassigned.slice(0, 1 + run) });
  selected.push(performance.now() - start);
  start = performance.now();
  suggest({ ...request, unassigned: unassigned.slice(1), selected: unassigned.slice(1, 2) });
  moved.push(performance.now() - start);
}
const words = unassigned.reduce((sum, note) => sum + note.text.split(' ').length, 0);
console.log(
  `${count} unassigned notes (${Math.round(words / count)} words on average), 10 selected, 20 findings: ` +
    `cold median ${median(cold).toFixed(0)} ms, slowest ${Math.max(...cold).toFixed(0)} ms; ${result.groups.length} groups; ` +
    `asked again: a note selected median ${median(selected).toFixed(1)} ms, a note moved out of the pile median ${median(moved).toFixed(0)} ms`,
);

// Adds a dated entry to the "Search" section of bench/RESULTS.md: at the end of that
// section (other sections follow it), creating the file or the section when missing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/paths.mjs';

export const resultsFile = path.join(repoRoot, 'bench', 'RESULTS.md');

export function addSearchResult(entry) {
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
  const block = `\n${entry.trim()}\n`;
  const heading = /^## Search$/m.exec(current);
  if (!heading) {
    writeFileSync(resultsFile, `${current.trimEnd()}\n\n## Search\n${block}`);
    return;
  }
  const afterHeading = heading.index + heading[0].length;
  const next = /^## /m.exec(current.slice(afterHeading));
  const end = next ? afterHeading + next.index : current.length;
  writeFileSync(
    resultsFile,
    `${current.slice(0, end).trimEnd()}\n${block}\n${current.slice(end)}`.replace(/\n{3,}/g, '\n\n'),
  );
}

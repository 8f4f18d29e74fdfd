// Adds a dated entry at the end of one "## <section>" of bench/RESULTS.md (other sections
// follow it), creating the file or the section when missing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export const resultsFile = path.join(repoRoot, 'bench', 'RESULTS.md');

export function addResult(section, entry) {
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
  const block = `\n${entry.trim()}\n`;
  const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## ${escaped}$`, 'm').exec(current);
  if (!heading) {
    writeFileSync(resultsFile, `${current.trimEnd()}\n\n## ${section}\n${block}`);
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

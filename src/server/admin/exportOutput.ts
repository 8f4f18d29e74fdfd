import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AttributionHit } from '../../domain/outputs/attributionCheck';
import { layoutDeck } from '../../domain/outputs/layoutDeck';
import { letterParagraphNumbers } from '../../domain/outputs/letterParagraphNumbers';
import { prepareOutput } from '../../domain/outputs/prepareOutput';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import { letterToDocx } from '../../outputs/docx/letterToDocx';
import { deckToPptx } from '../../outputs/pptx/deckToPptx';
import type { Storage } from '../storage/storage';
import { AdminError } from './adminError';
import { readOutputSources } from './readOutputSources';
import type { ExportDoneReport, ExportHitsReport } from './reportSchemas';

export type ExportFormat = 'pptx' | 'docx';

/** The feedback presentation is the .pptx; the summary letter is the .docx. */
const kindOf: Record<ExportFormat, SnapshotKind> = { pptx: 'presentation', docx: 'summary letter' };

export type ExportResult = { ok: true; report: ExportDoneReport } | { ok: false; hits: AttributionHit[] };

/**
 * Builds an output from the server's copy with the app's own functions (prepareOutput:
 * the same document and the same non-attribution check) and writes the file, or, while
 * any hit is unresolved, writes nothing. The file is written beside its target and renamed
 * into place, so a failure never leaves half a file.
 */
export async function exportOutput(
  storage: Storage,
  command: { engagementId: string; format: ExportFormat; out: string },
  cwd: string,
): Promise<ExportResult> {
  const kind = kindOf[command.format];
  const { sources, acceptances } = await readOutputSources(storage, command.engagementId, kind);
  const { document, unresolved } = prepareOutput(sources, kind, acceptances);
  if (unresolved.length > 0) return { ok: false, hits: unresolved };
  const file = path.resolve(cwd, command.out);
  let bytes: Uint8Array;
  let report: ExportDoneReport;
  if (command.format === 'pptx') {
    const slides = layoutDeck(document);
    bytes = await deckToPptx(document.title, slides, 'bytes');
    report = { file, slides: slides.length };
  } else {
    bytes = await letterToDocx(document, 'bytes');
    const paragraphs = letterParagraphNumbers(document.body)
      .flat()
      .filter((number) => number !== null).length;
    report = { file, paragraphs };
  }
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new AdminError(`--out: cannot write ${file}${code ? ` (${code})` : ''}`);
  }
  return { ok: true, report };
}

/** The JSON `admin export --json` prints when hits stop the export. */
export function exportHitsReport(hits: readonly AttributionHit[]): ExportHitsReport {
  return {
    hits: hits.map(({ recordType, recordId, field, text, kind, reason }) => ({
      recordType,
      recordId,
      field,
      text,
      kind,
      reason,
    })),
  };
}

/** The readable form: one line per hit, where it is and why. */
export function exportHitsLines(hits: readonly AttributionHit[]): string[] {
  return [
    `The non-attribution check found ${hits.length === 1 ? '1 unresolved hit' : `${hits.length} unresolved hits`}; no file was written.`,
    ...hits.map(
      (hit) => `  ${hit.kind}: “${hit.text}” in ${hit.recordType} ${hit.recordId} (${hit.field}) — ${hit.reason}`,
    ),
    'Fix each in the app, or accept it there with a reason, then export again.',
  ];
}

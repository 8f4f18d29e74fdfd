// The letter scenario of bench/outputs.mjs: letter model + .docx Blob, as "Download .docx"
// makes them, timed in the browser. Its own module, so its page's bundle holds docx and
// not pptxgenjs, as the app's lazy chunk does.
import { buildLetter } from '../../src/domain/outputs/buildLetter';
import { letterToDocx } from '../../src/outputs/docx/letterToDocx';
import { benchSources } from '../outputs-sources';

export async function run() {
  const sources = benchSources('summary letter');
  const started = performance.now();
  const document = buildLetter(sources);
  const modelled = performance.now();
  const blob = await letterToDocx(document, 'blob');
  const done = performance.now();
  return {
    totalMs: done - started,
    parts: { modelMs: modelled - started, fileMs: done - modelled },
    size: { paragraphs: document.body.sections.flatMap((section) => section.blocks).length, bytes: blob.size },
  };
}

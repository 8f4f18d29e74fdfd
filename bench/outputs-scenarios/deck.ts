// The deck scenario of bench/outputs.mjs: deck model + fitted slides + .pptx Blob, as
// "Download .pptx" makes them, timed in the browser. Its own module, so its page's bundle
// holds pptxgenjs and not docx, as the app's lazy chunk does.
import { buildPresentation } from '../../src/domain/outputs/buildPresentation';
import { layoutDeck } from '../../src/domain/outputs/layoutDeck';
import { deckToPptx } from '../../src/outputs/pptx/deckToPptx';
import { benchSources } from '../outputs-sources';

export async function run() {
  const sources = benchSources('presentation');
  const started = performance.now();
  const presentation = buildPresentation(sources);
  const modelled = performance.now();
  const slides = layoutDeck(presentation);
  const laidOut = performance.now();
  const blob = await deckToPptx(presentation.title, slides, 'blob');
  const done = performance.now();
  return {
    totalMs: done - started,
    parts: { modelMs: modelled - started, layoutMs: laidOut - modelled, fileMs: done - laidOut },
    size: { slides: slides.length, bytes: blob.size },
  };
}

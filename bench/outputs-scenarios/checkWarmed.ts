// The check scenario of bench/outputs.mjs as the app runs it: the outputs screen's chunk
// warms the check when the browser is idle (warmAttributionCheck), before the manager's
// first real check. The first run times the warm-up apart ("warmUp" in the cold parts),
// then the check over the letter; the cold figure is that first real check after the
// warm-up. The plain check scenario keeps the cold first call with no warm-up.
import { checkAttribution } from '../../src/domain/outputs/attributionCheck';
import { namesToCheck } from '../../src/domain/outputs/namesToCheck';
import { outputTexts } from '../../src/domain/outputs/outputTexts';
import { warmAttributionCheck } from '../../src/domain/outputs/warmAttributionCheck';
import { benchSources } from '../outputs-sources';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;
let warmedUp = false;

export async function run() {
  let warmUpMs = 0;
  if (!warmedUp) {
    const started = performance.now();
    warmAttributionCheck();
    warmUpMs = performance.now() - started;
    warmedUp = true;
    // The warm-up runs in an idle moment, apart from the check the manager waits for.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sources = benchSources('summary letter');
  const texts = outputTexts(sources, 'summary letter');
  const lists = {
    names: namesToCheck(sources.members, sources.sessions),
    extraRoles: sources.engagement.rolesToCheck,
  };
  const started = performance.now();
  const hits = checkAttribution(texts, lists);
  const checked = performance.now();
  return {
    totalMs: checked - started,
    parts: { warmUpMs },
    size: {
      texts: texts.length,
      words: texts.reduce((sum, text) => sum + words(text.text), 0),
      names: lists.names.length,
      hits: hits.length,
      hitTexts: hits.map((hit) => `${hit.kind}: ${hit.text}`),
      preparedHits: hits.length,
    },
  };
}

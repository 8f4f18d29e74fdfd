// The check scenario of bench/outputs.mjs as the app runs it: the outputs screen's chunk
// warms the check when the browser is idle (attributionCheckWarmUpSteps, one per idle
// moment) before the manager's first real check. The first run times each warm-up step
// apart ("warmUp1" … in the cold parts), then the check over the letter: the cold figure
// is that first real check after the warm-up. The plain check scenario keeps the cold
// first call with no warm-up.
import { checkAttribution } from '../../src/domain/outputs/attributionCheck';
import { namesToCheck } from '../../src/domain/outputs/namesToCheck';
import { outputTexts } from '../../src/domain/outputs/outputTexts';
import { attributionCheckWarmUpSteps } from '../../src/domain/outputs/warmAttributionCheck';
import { benchSources } from '../outputs-sources';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;
let warmedUp = false;

export async function run() {
  const warmUp: Record<string, number> = { warmUp1Ms: 0, warmUp2Ms: 0, warmUp3Ms: 0 };
  if (!warmedUp) {
    // As the outputs screen runs them: one step per idle moment, apart from the check the manager waits for.
    for (const [index, step] of attributionCheckWarmUpSteps.entries()) {
      const started = performance.now();
      step();
      warmUp[`warmUp${index + 1}Ms`] = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    warmedUp = true;
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
    parts: warmUp,
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

// The check scenario of bench/outputs.mjs: the non-attribution check over every checked
// text of the letter with the engagement's names (timed: checkAttribution alone) and,
// beside it, prepareOutput as the screens and the export call it (letter model, names
// list, texts and check), timed in the browser.
import { checkAttribution } from '../../src/domain/outputs/attributionCheck';
import { namesToCheck } from '../../src/domain/outputs/namesToCheck';
import { outputTexts } from '../../src/domain/outputs/outputTexts';
import { prepareOutput } from '../../src/domain/outputs/prepareOutput';
import { benchSources } from '../outputs-sources';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

export async function run() {
  const sources = benchSources('summary letter');
  const texts = outputTexts(sources, 'summary letter');
  const lists = {
    names: namesToCheck(sources.members, sources.sessions),
    extraRoles: sources.engagement.rolesToCheck,
  };
  const started = performance.now();
  const hits = checkAttribution(texts, lists);
  const checked = performance.now();
  const prepared = prepareOutput(sources, 'summary letter', []);
  const done = performance.now();
  return {
    totalMs: checked - started,
    parts: { prepareOutputMs: done - checked },
    size: {
      texts: texts.length,
      words: texts.reduce((sum, text) => sum + words(text.text), 0),
      names: lists.names.length,
      hits: hits.length,
      hitTexts: hits.map((hit) => `${hit.kind}: ${hit.text}`),
      preparedHits: prepared.hits.length,
    },
  };
}

// What the check scenarios of bench/outputs.mjs share: the non-attribution check over every
// checked text of the letter with the engagement's names, timed alone (checkAttribution).
import { checkAttribution } from '../../src/domain/outputs/attributionCheck';
import { namesToCheck } from '../../src/domain/outputs/namesToCheck';
import { outputTexts } from '../../src/domain/outputs/outputTexts';
import { benchSources } from '../outputs-sources';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

export function timedLetterCheck() {
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
    sources,
    totalMs: checked - started,
    size: {
      texts: texts.length,
      words: texts.reduce((sum, text) => sum + words(text.text), 0),
      names: lists.names.length,
      hits: hits.length,
      hitTexts: hits.map((hit) => `${hit.kind}: ${hit.text}`),
    },
  };
}

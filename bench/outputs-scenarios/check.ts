// The check scenario of bench/outputs.mjs: the non-attribution check over every checked
// text of the letter with the engagement's names (timed: checkAttribution alone) and,
// beside it, prepareOutput as the screens and the export call it (letter model, names
// list, texts and check), timed in the browser.
import { prepareOutput } from '../../src/domain/outputs/prepareOutput';
import { timedLetterCheck } from './timedLetterCheck';

export async function run() {
  const { sources, totalMs, size } = timedLetterCheck();
  const started = performance.now();
  const prepared = prepareOutput(sources, 'summary letter', []);
  const done = performance.now();
  return { totalMs, parts: { prepareOutputMs: done - started }, size: { ...size, preparedHits: prepared.hits.length } };
}

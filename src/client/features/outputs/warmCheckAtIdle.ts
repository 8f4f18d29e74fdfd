import { attributionCheckWarmUpSteps } from '../../../domain/outputs/warmAttributionCheck';
import { whenIdle } from '../../lib/whenIdle';

let scheduled = false;

/**
 * Warms the non-attribution check once per app session, one step each time the browser is
 * idle: its patterns compiled, the telephone parser's data read and its code run, so the
 * first real check the manager waits for is not the cold one (bench/RESULTS.md, issue 9).
 */
export function warmCheckAtIdle(): void {
  if (scheduled) return;
  scheduled = true;
  const runFrom = (index: number) => {
    const step = attributionCheckWarmUpSteps[index];
    if (step === undefined) return;
    whenIdle(() => {
      step();
      runFrom(index + 1);
    });
  };
  runFrom(0);
}

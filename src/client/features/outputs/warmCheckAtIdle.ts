import { warmAttributionCheck } from '../../../domain/outputs/warmAttributionCheck';
import { whenIdle } from '../../lib/whenIdle';

let scheduled = false;

/**
 * Warms the non-attribution check once per app session, when the browser is next idle:
 * its patterns compiled, the telephone parser's data read and its code run once, so the
 * first real check the manager waits for is not the cold one (bench/RESULTS.md, issue 9).
 */
export function warmCheckAtIdle(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(() => void warmAttributionCheck());
}

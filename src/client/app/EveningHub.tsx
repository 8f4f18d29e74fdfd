import { lazy, useEffect } from 'react';
import { whenIdle } from '../lib/whenIdle';
import { useEngagementContext } from '../services/engagementContext';
import { findingsBoardChunk } from './startScreenLoaders';

const EveningPage = lazy(() => import('../features/evening/EveningPage').then((m) => ({ default: m.EveningPage })));

/**
 * The Evening screen, and the findings board's code loaded while the team reads it: the
 * board is where the evening starts, so its tap waits for no download (startScreens.tsx).
 */
export function EveningHub() {
  const team = useEngagementContext().identity.role !== 'council';
  useEffect(() => (team ? whenIdle(() => void findingsBoardChunk.load().catch(() => undefined)) : undefined), [team]);
  return <EveningPage />;
}

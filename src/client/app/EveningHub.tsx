import { useEffect } from 'react';
import { EveningPage } from '../features/evening/EveningPage';
import { whenIdle } from '../lib/whenIdle';
import { useEngagementContext } from '../services/engagementContext';
import { findingsBoardChunk } from './startScreenLoaders';

/**
 * The Evening screen, and the findings board's code loaded while the team reads it: the
 * board is where the evening starts, so its tap waits for no download (startScreens.tsx).
 */
export function EveningHub() {
  const team = useEngagementContext().identity.role !== 'council';
  useEffect(() => (team ? whenIdle(() => void findingsBoardChunk.load().catch(() => undefined)) : undefined), [team]);
  return <EveningPage />;
}

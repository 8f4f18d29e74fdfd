import { useEffect } from 'react';
import { EveningPage } from '../features/evening/EveningPage';
import { useEngagementContext } from '../services/engagementContext';
import { findingsBoardChunk } from './startScreenLoaders';

/**
 * The Evening screen, and the findings board's code loaded as soon as it shows: the
 * board is where the evening starts, so its tap waits for no download (startScreens.tsx).
 */
export function EveningHub() {
  const team = useEngagementContext().identity.role !== 'council';
  useEffect(() => {
    if (team) void findingsBoardChunk.load().catch(() => undefined);
  }, [team]);
  return <EveningPage />;
}

import { useEffect } from 'react';
import { EveningPage } from '../features/evening/EveningPage';
import { useAppServices } from '../services/appServices';
import { useEngagementContext } from '../services/engagementContext';
import { warmThemeBoard } from '../store/themeBoardReads';
import { findingsBoardChunk } from './startScreenLoaders';

/**
 * The Evening screen, with the findings board's code loaded and its reads begun as soon as
 * it shows: the board is where the evening starts, so its tap waits for no download and no
 * read of the engagement's notes (startScreens.tsx, themeBoardReads.ts).
 */
export function EveningHub() {
  const { db } = useAppServices();
  const { engagementId, role } = useEngagementContext().identity;
  const team = role !== 'council';
  useEffect(() => {
    if (!team) return;
    void findingsBoardChunk.load().catch(() => undefined);
    return warmThemeBoard(db, engagementId);
  }, [db, engagementId, team]);
  return <EveningPage />;
}

import { use, type ComponentType } from 'react';
import {
  engagementHomeChunk,
  findingsBoardChunk,
  homeChunk,
  sessionChunk,
  shellChunk,
  timetableChunk,
  todayChunk,
  type StartScreenLoader,
} from './startScreenLoaders';

/**
 * The screens a start can land on, each in its own chunk so the first screen loads only
 * what it shows (bench/bundleSize.mjs). startApp.tsx waits for the ones the address needs
 * before React's first render (index.html's text shows meanwhile), so they render at once: React.lazy would suspend even on a loaded chunk,
 * and React then holds the screen back (it reveals suspended content in 300 ms steps).
 */
function startScreen<M, P extends object>(
  chunk: StartScreenLoader<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return function StartScreen(props: P) {
    const Loaded = pick(chunk.loaded() ?? use(chunk.load()));
    return <Loaded {...props} />;
  };
}

export const HomePage = startScreen(homeChunk, (m) => m.HomePage);
export const EngagementShell = startScreen(shellChunk, (m) => m.EngagementShell);
export const EngagementHomePage = startScreen(engagementHomeChunk, (m) => m.EngagementHomePage);
export const SessionPage = startScreen(sessionChunk, (m) => m.SessionPage);
export const TodayPage = startScreen(todayChunk, (m) => m.TodayPage);
export const TimetablePage = startScreen(timetableChunk, (m) => m.TimetablePage);
export const FindingsPage = startScreen(findingsBoardChunk, (m) => m.FindingsPage);

import { loadOnce as once } from '../sync/lazyApiClients';

/**
 * The screens a start can land on, each in its own chunk so the first screen loads only
 * what it shows (bench/bundleSize.mjs). A loader runs once (again after a failure); main.tsx calls
 * `preloadScreensFor` before React renders, so the chunks a deep link needs (the frame,
 * then the session) load side by side with the entry instead of one after the other.
 */
export const loadEngagementShell = once(() => import('./EngagementShell'));
export const loadEngagementHomePage = once(() => import('../features/timetable/EngagementHomePage'));
export const loadSessionPage = once(() => import('../features/capture/SessionPage'));
export const loadTodayPage = once(() => import('../features/timetable/TodayPage'));
export const loadTimetablePage = once(() => import('../features/timetable/TimetablePage'));

const engagementPath = /^\/engagements\/[^/]+(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/;

/** A failed preload is left to the screen itself, which loads again and shows its error. */
const start = (load: () => Promise<unknown>) => void load().catch(() => undefined);

/** Starts loading the screens the address opens on; unknown addresses load nothing. */
export function preloadScreensFor(pathname: string): void {
  const match = engagementPath.exec(pathname);
  if (!match) return;
  const [, section, rest] = match;
  start(loadEngagementShell);
  if (section === undefined) start(loadEngagementHomePage);
  else if (section === 'sessions' && rest !== undefined) start(loadSessionPage);
  else if (section === 'today') start(loadTodayPage);
  else if (section === 'timetable' && rest === undefined) start(loadTimetablePage);
}

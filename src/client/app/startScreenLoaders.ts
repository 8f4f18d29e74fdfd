import { loadOnce } from '../sync/lazyApiClients';

/** The chunks of the screens a start can land on (rendered by startScreens.tsx), and which ones an address needs. */
export type StartScreenLoader<M> = { load: () => Promise<M>; loaded: () => M | undefined };

function loader<M>(load: () => Promise<M>): StartScreenLoader<M> {
  let loaded: M | undefined;
  // Loaded once (again after a failure); the same promise each time, as React's `use` needs.
  const loadAndKeep = loadOnce(() => load().then((module) => (loaded = module)));
  return { load: loadAndKeep, loaded: () => loaded };
}

export const homeChunk = loader(() => import('../features/home/HomePage'));
export const shellChunk = loader(() => import('./EngagementShell'));
export const engagementHomeChunk = loader(() => import('../features/timetable/EngagementHomePage'));
export const sessionChunk = loader(() => import('../features/capture/SessionPage'));
export const todayChunk = loader(() => import('../features/timetable/TodayPage'));
export const timetableChunk = loader(() => import('../features/timetable/TimetablePage'));
/** Not a start screen as such, but loaded ahead from the Evening screen: the manager's next step. */
export const findingsBoardChunk = loader(() => import('../features/findings/FindingsPage'));

const engagementPath = /^\/engagements\/[^/]+(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/;

/** An engagement's address as its section and what follows ("sessions", its id); undefined for any other. */
export function engagementSection(pathname: string): [section?: string, rest?: string] | undefined {
  const match = engagementPath.exec(pathname);
  return match ? [match[1], match[2]] : undefined;
}

/** The screens the address opens on; none for an unknown address. */
function chunksFor(pathname: string): StartScreenLoader<unknown>[] {
  if (pathname === '/' || pathname === '/engagements') return [homeChunk];
  const match = engagementSection(pathname);
  if (!match) return [];
  const [section, rest] = match;
  if (section === undefined) return [shellChunk, engagementHomeChunk];
  if (section === 'sessions' && rest !== undefined) return [shellChunk, sessionChunk];
  if (section === 'today') return [shellChunk, todayChunk];
  if (section === 'timetable' && rest === undefined) return [shellChunk, timetableChunk];
  if (section === 'evening' && rest === 'findings') return [shellChunk, findingsBoardChunk];
  return [shellChunk];
}

/**
 * Loads the screens the address opens on, side by side. Never fails: a screen that did
 * not load tries again when it renders, and shows its error there.
 */
export async function preloadScreensFor(pathname: string): Promise<void> {
  await Promise.all(chunksFor(pathname).map((chunk) => chunk.load().catch(() => undefined)));
}

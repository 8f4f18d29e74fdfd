import { preloadScreensFor } from './startScreenLoaders';

/**
 * The screens this address opens on, asked for as the start's last step begins:
 * startApp.tsx imports this module first, so the chunks come from the service worker
 * while the router and the rest of that step run, not after them (bench/RESULTS.md, issue 10).
 */
export const startScreensLoaded = preloadScreensFor(window.location.pathname);

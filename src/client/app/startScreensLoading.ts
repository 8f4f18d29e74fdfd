import { preloadScreensFor } from './startScreenLoaders';

/**
 * The screens this address opens on, asked for as the app's script starts: main.tsx
 * imports this module first, so the chunks come from the service worker while React,
 * the router and the rest of the entry run, not after them (bench/RESULTS.md, issue 10).
 */
export const startScreensLoaded = preloadScreensFor(window.location.pathname);

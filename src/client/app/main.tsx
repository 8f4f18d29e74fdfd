// The app's entry: index.html's text paints first, then the app's code is fetched and run
// in steps (docs/architecture.md, "The start in steps"). Only what must come with that
// first paint is here: the styles, which index.html links as it loads.
import type { TriangulateDb } from '../store/db';
import { afterFirstPaint } from './afterFirstPaint';
import './styles.css';

/**
 * What the start runs before it draws, each step evaluated in a task of its own and built
 * as one chunk (scripts/startStepChunks.ts): run as one, they held a slow tablet's page for
 * over a quarter of a second (bench/RESULTS.md, issue 10). Each step runs only what the
 * start runs anyway, in the order it would.
 */
const steps = [
  () => import('react-dom/client'),
  () => import('../../domain/records/note'),
  () => import('../../domain/records/recordTypes'),
  () => import('../store/db'),
];

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Asks for every step's chunk at once, fetched and compiled side by side but not run:
 * index.html names them (scripts/startStepChunks.ts; none in development).
 */
function fetchSteps(): void {
  const files = document.querySelector<HTMLMetaElement>('meta[name="triangulate-start-steps"]')?.content ?? '';
  for (const file of files.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = file;
    document.head.append(link);
  }
}

async function openDatabase(): Promise<TriangulateDb> {
  const { TriangulateDb } = await import('../store/db');
  const db = new TriangulateDb();
  // Opening IndexedDB takes a round trip to the browser: start it now, while React renders
  // the first screen, instead of at the first query. A failure shows at that query.
  db.open().catch((error: unknown) => console.error('Could not open the database on this device', error));
  return db;
}

async function startInSteps(): Promise<void> {
  fetchSteps();
  for (const step of steps) {
    await step();
    await nextTask();
  }
  // Making the database parses its schema and its records' schemas: a step of its own.
  const db = await openDatabase();
  await nextTask();
  const { startApp } = await import('./startApp');
  startApp(db);
}

afterFirstPaint(() => {
  startInSteps().catch((error: unknown) => console.error('The app could not start', error));
});

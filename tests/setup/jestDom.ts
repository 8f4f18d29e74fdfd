// Only files with a DOM (component tests, `@vitest-environment jsdom`) need Testing
// Library: importing it, and React DOM with it, into each of the many node-only files cost
// more than a minute of the unit run.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { configure } = await import('@testing-library/react');
  // findBy/waitFor wait for IndexedDB round trips; on a busy 2-core machine 1 s is too tight.
  configure({ asyncUtilTimeout: 5000 });
}

export {};

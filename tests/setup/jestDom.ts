import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy/waitFor wait for IndexedDB round trips; on a busy 2-core machine 1 s is too tight.
configure({ asyncUtilTimeout: 5000 });

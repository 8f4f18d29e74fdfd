// The server compiles every zod schema (src/server/main.ts imports zod/compile first);
// the API tests parse through the same compiled schemas. Runs before a test file's
// imports, so the schemas they build are compiled too.
import 'zod/compile';

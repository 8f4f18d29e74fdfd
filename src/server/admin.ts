import { runAdmin } from './admin/runAdmin';

/** `npm run admin -- <command>`: create engagements, manage devices and read findings and coverage from a shell. */
const code = await runAdmin(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;

// Runs npm scripts at the same time and fails if any fails: `node scripts/run-together.mjs
// typecheck lint test:unit`. `npm test` starts this way: the unit run keeps about one and a
// half of CI's two cores busy, and typecheck and lint (one single-threaded process each) fit
// in the rest, so the three take the unit run's time instead of a minute more
// (bench/RESULTS.md, "The test suite's time"). Each script's output is printed whole, in the
// order given, once all have finished.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-together.mjs <npm script> [<npm script> …]');
  process.exit(2);
}

/** One npm script, its stdout and stderr kept together in the order written. */
function runScript(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const took = () => ((Date.now() - started) / 1000).toFixed(0);
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.once('error', (error) =>
      resolve({ name, code: 1, output: [Buffer.from(`${error.message}\n`)], seconds: took() }),
    );
    child.once('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output, seconds: took() }));
  });
}

const results = await Promise.all(names.map(runScript));
for (const { name, code, output, seconds } of results) {
  process.stdout.write(`> npm run ${name}: ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ${seconds} s\n`);
  for (const chunk of output) process.stdout.write(chunk);
}
const failed = results.find((result) => result.code !== 0);
process.exit(failed ? failed.code : 0);

import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const entry = 'src/client/app/main.tsx';
/** The output libraries: a tablet capturing notes must never download or parse them. */
const outputLibraries = /node_modules\/(pptxgenjs|docx|jspdf|fflate)\//;

/**
 * The app bundled with code splitting (esbuild stands in for Vite: the same import()
 * boundaries make the same split): the files the app needs before its first screen are
 * the entry, the start's steps it imports, and what they import statically, transitively.
 */
async function filesAtStart(): Promise<{ file: string; inputs: string[] }[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
    // Vite's virtual modules and workers are not part of the question.
    external: ['virtual:*'],
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const start = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === entry);
  if (!start) throw new Error('no entry output');
  const seen = new Set<string>();
  // The entry runs the app's start in steps it imports dynamically (app/main.tsx).
  const steps = (outputs[start]?.imports ?? []).filter((imported) => imported.kind === 'dynamic-import');
  const queue = [start, ...steps.map((step) => step.path)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return [...seen].map((file) => ({ file, inputs: Object.keys(outputs[file]?.inputs ?? {}) }));
}

describe('the output libraries load only when an output is made', () => {
  it('keeps pptxgenjs, docx, jspdf and fflate out of everything the app needs to start', async () => {
    const files = await filesAtStart();
    const inputs = files.flatMap((file) => file.inputs);
    // The walk must have reached the app itself, or an empty answer would prove nothing.
    expect(inputs).toContain('src/client/app/App.tsx');
    expect(inputs.filter((input) => outputLibraries.test(input))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileHints } from '../../scripts/compileHints';
import { engagementStartChunk } from '../../scripts/engagementStartChunk';

const hint = '//# allFunctionsCalledOnLoad\n';

/** A chunk as Vite hands it over: only what the plugin reads. */
const chunk = (fileName: string, name: string, imports: string[], isEntry = false, dynamicImports: string[] = []) => ({
  type: 'chunk',
  fileName,
  name,
  imports,
  dynamicImports,
  isEntry,
  code: `/* ${name} */`,
});

describe('compile hints on the chunks a start runs', () => {
  it('marks the entry, its start steps, the engagement start chunk and what they import, and no screen loaded later', () => {
    const files = [
      chunk('index.js', 'index', ['runtime.js'], true, ['step-1.js', 'step-2.js']),
      chunk('runtime.js', 'rolldown-runtime', []),
      chunk('step-1.js', 'start-step-1', ['runtime.js']),
      chunk('step-2.js', 'start-step-2', ['step-1.js', 'vendor.js'], false, ['outputs.js']),
      chunk('vendor.js', 'vendor', []),
      chunk('start.js', engagementStartChunk.group.name, ['shared.js']),
      chunk('shared.js', 'shared', []),
      chunk('outputs.js', 'OutputsPage', ['pptx.js']),
      chunk('pptx.js', 'pptxgenjs', []),
    ];
    const bundle = Object.fromEntries(files.map((file) => [file.fileName, file]));
    // Called as Vite would, with the bundle's chunks only as far as the plugin reads them.
    const handler = compileHints.generateBundle.handler as unknown as (options: object, bundle: object) => void;
    handler({}, bundle);
    const marked = files.filter((file) => file.code.startsWith(hint)).map((file) => file.fileName);
    expect(marked).toEqual(['index.js', 'runtime.js', 'step-1.js', 'step-2.js', 'vendor.js', 'start.js', 'shared.js']);
    // Once each, first in the file (V8 reads it only there).
    expect(files.every((file) => file.code.split(hint).length <= 2)).toBe(true);
  });
});

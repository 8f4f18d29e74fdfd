import type { HtmlTagDescriptor, Plugin } from 'vite';
import { startSteps, staticClosure } from './startClosure';

let stepOf = new Map<string, number>();

/** index.html's meta naming the steps' chunks, in order (read by app/main.tsx). */
export const startStepsMetaName = 'triangulate-start-steps';
const stepNumber = (file: string) => Number(/start-step-(\d+)-/.exec(file)?.[1]);
/** Whether an emitted file is one of the steps' chunks. */
const isStep = (file: string) => /(^|\/)start-step-\d+-[^/]*\.js$/.test(file);

/**
 * The app's start runs in steps, each a module app/main.tsx imports dynamically after the
 * first paint, each evaluated in a task of its own (docs/architecture.md). Each step's
 * modules, those it imports that no step before it did, go into ONE chunk: left to itself
 * the bundler cut them into some twenty chunks by which screens share them, and each
 * chunk compressed on its own cost 5 kB gzip more at start (bench/bundleSize.mjs).
 */
export const startStepChunks = {
  plugin: {
    name: 'triangulate-start-step-chunks',
    apply: 'build',
    buildEnd() {
      const importedIds = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const ids = [...this.getModuleIds()];
      const { entry, steps } = startSteps(
        ids.filter((id) => this.getModuleInfo(id)?.isEntry),
        importedIds,
        (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [],
      );
      const earlier = new Set(entry);
      stepOf = new Map();
      steps.forEach((step, index) => {
        for (const id of staticClosure([step], importedIds)) {
          if (earlier.has(id)) continue;
          earlier.add(id);
          stepOf.set(id, index + 1);
        }
      });
    },
    // The steps run one after another, but are fetched side by side: index.html names
    // them, and app/main.tsx asks for them all as the start begins.
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const files = Object.values(context.bundle ?? {})
          .map((file) => file.fileName)
          .filter(isStep)
          .sort((a, b) => stepNumber(a) - stepNumber(b));
        return [
          { tag: 'meta', attrs: { name: startStepsMetaName, content: files.map((file) => `/${file}`).join(' ') } },
        ];
      },
    },
  } satisfies Plugin,
  isStep,
  /** One chunk per step, named by its place in the start. */
  group: {
    debugName: 'start steps',
    name: (id: string) => {
      const step = stepOf.get(id);
      return step === undefined ? null : `start-step-${step}`;
    },
    includeDependenciesRecursively: false,
  },
};

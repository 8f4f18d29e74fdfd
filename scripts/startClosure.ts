type Imports = (id: string) => readonly string[];

/** Modules (or chunks) reachable from `from` by static imports. */
export function staticClosure(from: Iterable<string>, staticImports: Imports): Set<string> {
  const found = new Set<string>();
  const waiting = [...from];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    waiting.push(...staticImports(id));
  }
  return found;
}

/**
 * The entry and what it imports statically, and the steps of the app's start it imports
 * dynamically (app/main.tsx), in order. The entry imports statically only what has no
 * import() of its own: every import() it holds is a step.
 */
export function startSteps(
  entries: Iterable<string>,
  staticImports: Imports,
  dynamicImports: Imports,
): { entry: Set<string>; steps: string[] } {
  const entry = staticClosure(entries, staticImports);
  return { entry, steps: [...new Set([...entry].flatMap(dynamicImports))] };
}

/** What the app runs as it starts, before any screen: the entry, its steps and what they import. Later import()s, the lazy screens, are not in it. */
export function startClosure(entries: Iterable<string>, staticImports: Imports, dynamicImports: Imports): Set<string> {
  const { entry, steps } = startSteps(entries, staticImports, dynamicImports);
  return staticClosure([...entry, ...steps], staticImports);
}

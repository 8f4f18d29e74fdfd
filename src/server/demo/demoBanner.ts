import type { DemoSeed } from './seedDemo';

/**
 * The lines printed on first start. Their exact shape is parsed by the end-to-end
 * tests: role, name, (position for peers), an em dash, the URL.
 */
export function demoBanner(seed: DemoSeed): string[] {
  return [
    `Demo engagement created: ${seed.title} at ${seed.council}`,
    ...seed.links.map((link) =>
      link.role === 'manager'
        ? `challenge manager: ${link.displayName} — ${link.url}`
        : `${link.role}: ${link.displayName} (${link.position}) — ${link.url}`,
    ),
  ];
}

export const demoAlreadyExists =
  'Demo engagement already exists (join links are shown once; delete DATA_DIR to start again).';

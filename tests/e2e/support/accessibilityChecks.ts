import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The two tablet orientations the app is made for. */
export const tabletViewports = [
  { name: 'portrait 768×1024', width: 768, height: 1024 },
  { name: 'landscape 1024×768', width: 1024, height: 768 },
] as const;

/** WCAG 2.1 A and AA, the rules a public-sector app in the UK is held to. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const blockingImpacts = new Set(['serious', 'critical']);
export const minTargetPx = 44;

/** axe-core's serious and critical violations on the page as it is now, one line each with targets. */
export async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations
    .filter((violation) => blockingImpacts.has(violation.impact ?? ''))
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n');
      return `${screen}: [${violation.impact}] ${violation.id} (${violation.help})\n${nodes}`;
    });
}

/**
 * Visible controls smaller than 44×44 CSS px. A checkbox, radio or file input may meet
 * it through its label instead (a tap on the label works the control).
 */
export async function smallTargets(page: Page, screen: string): Promise<string[]> {
  const found = await page.evaluate((min) => {
    const selector = 'button, a[href], input, select, textarea, summary, [role="button"]';
    const describe = (element: Element): string => {
      const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
      const id = element.id ? `#${element.id}` : '';
      const type = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
      return `<${element.tagName.toLowerCase()}${id}${type}> "${name}"`;
    };
    const labelOf = (input: HTMLInputElement): Element | null => input.labels?.[0] ?? input.closest('label');
    const problems: string[] = [];
    const tooSmall = (box: DOMRect) => box.width + 0.5 < min || box.height + 0.5 < min;
    for (const element of document.querySelectorAll(selector)) {
      if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
      const label =
        element instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(element.type)
          ? labelOf(element)
          : null;
      // Hidden controls (display none, visibility hidden, a closed disclosure) are not targets.
      const shown = [element, label].filter(
        (e): e is Element => e !== null && e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
      );
      const boxes = shown.map((e) => e.getBoundingClientRect()).filter((box) => box.width > 0 || box.height > 0);
      if (boxes.length === 0 || boxes.some((box) => !tooSmall(box))) continue;
      const sizes = boxes.map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`).join(', label ');
      problems.push(`${describe(element)} is ${sizes}`);
    }
    return problems;
  }, minTargetPx);
  return found.map((problem) => `${screen}: tap target under ${minTargetPx} px: ${problem}`);
}

/** Both checks at one viewport. */
export async function screenProblems(page: Page, screen: string): Promise<string[]> {
  return [...(await axeProblems(page, screen)), ...(await smallTargets(page, screen))];
}

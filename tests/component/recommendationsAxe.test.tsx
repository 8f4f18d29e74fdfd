// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { cleanup, configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RecommendationsPage } from '../../src/client/features/recommendations/RecommendationsPage';
import type { MemberRole } from '../../src/domain/records/member';
import { findings, recommendation, recommendationsDb } from './recommendationsFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

/** axe-core's WCAG A/AA violations of the screen (colour contrast needs a real browser's layout). */
async function axeViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(' | ')}`);
}

const withOne = [
  recommendation('c3c3c3c3-0000-4000-8000-000000000001', 'presenting issue', 'Agree one front door', 0, [
    findings.vision.id,
    findings.staffing.id,
  ]),
  recommendation('c3c3c3c3-0000-4000-8000-000000000002', 'quick win', 'Publish the carers offer', 0),
];

describe('Recommendations: axe in jsdom', () => {
  it.each(['manager', 'peer'] as MemberRole[])('finds nothing wrong in the %s’s screen', async (role) => {
    const db = await recommendationsDb(withOne);
    const { container } = await renderInEngagement(db, <RecommendationsPage />, { role });
    await screen.findByText(findings.vision.headline);
    if (role === 'manager') {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Link a finding to quick win 1' }));
      await screen.findByRole('combobox', { name: 'Finding' });
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});

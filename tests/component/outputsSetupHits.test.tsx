// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputsPage } from '../../src/client/features/outputs/OutputsPage';
import { SetupPage } from '../../src/client/features/setup/SetupPage';
import { engagementId } from '../unit/storeFixtures';
import { recommendationsDb, themes } from './recommendationsFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const scopeQuestionId = 'c3c3c3c3-0000-4000-8000-000000000001';

/** The fixture engagement with a scope question and a theme name that each point at people. */
async function dbWithNamesInSetup() {
  const db = await recommendationsDb();
  await db.scopeQuestion.put({
    id: scopeQuestionId,
    engagementId,
    rev: 1,
    updatedAt: '2026-11-20T08:00:00.000Z',
    deleted: false,
    conflicts: [],
    text: 'How do the Leader and the Chief Executive work together?',
    position: 0,
  });
  await db.theme.put({ ...themes.leadership, name: 'Working with Cllr Patel' });
  return db;
}

const renderLetter = (db: Awaited<ReturnType<typeof dbWithNamesInSetup>>) =>
  renderInEngagement(db, <OutputsPage />, {
    route: '/engagements/:engagementId/outputs/:kind',
    path: `/engagements/${engagementId}/outputs/letter`,
    otherRoutes: [{ route: '/engagements/:engagementId/setup', element: <SetupPage /> }],
  });

describe('Outputs: a flag in a scope question or a theme name', () => {
  it('says it is in a scope question, to be fixed in Setup, and its link opens Setup', async () => {
    const db = await dbWithNamesInSetup();
    await renderLetter(db);
    const flag = await screen.findByRole('listitem', { name: 'Flag: “the Leader” in scope question' });
    expect(within(flag).getByText('Scope question:')).toBeInTheDocument();
    expect(within(flag).getByText('the Leader', { selector: 'mark' })).toBeInTheDocument();
    const link = within(flag).getByRole('link', {
      name: 'Fix “the Leader” in scope question in Setup, Scope questions',
    });
    expect(link).toHaveTextContent('Fix in Setup: Scope questions');
    expect(link).toHaveAttribute('href', `/engagements/${engagementId}/setup`);

    const themeFlag = screen.getByRole('listitem', { name: 'Flag: “Cllr Patel” in theme name' });
    expect(within(themeFlag).getByText('Theme name:')).toBeInTheDocument();
    expect(within(themeFlag).getByRole('link', { name: /in Setup, Themes$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish the summary letter' })).toBeDisabled();

    await userEvent.setup().click(link);
    expect(await screen.findByRole('heading', { name: 'Engagement setup' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Scope questions' })).toBeInTheDocument();
  });

  it('accepts a flag in a scope question with a reason, recorded against the scope question', async () => {
    const db = await dbWithNamesInSetup();
    await renderLetter(db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept “the Leader” in scope question…' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Why is this not an attribution?' }),
      'The council’s own words',
    );
    await user.click(screen.getByRole('button', { name: 'Accept with this reason' }));
    const flag = screen.getByRole('listitem', { name: 'Flag: “the Leader” in scope question' });
    expect(await within(flag).findByText(/^Accepted: The council’s own words/)).toBeInTheDocument();
    expect(await db.attributionAcceptance.toArray()).toMatchObject([
      {
        outputKind: 'summary letter',
        recordType: 'scopeQuestion',
        recordId: scopeQuestionId,
        field: 'text',
        span: 'the Leader',
      },
    ]);
  });
});

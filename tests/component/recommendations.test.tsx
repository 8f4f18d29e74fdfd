// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RecommendationsPage } from '../../src/client/features/recommendations/RecommendationsPage';
import { listRecommendations } from '../../src/client/store/recommendationRepository';
import type { TriangulateDb } from '../../src/client/store/db';
import { engagementId } from '../unit/storeFixtures';
import { findings, recommendation, recommendationsDb, themes } from './recommendationsFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const texts = async (db: TriangulateDb) => (await listRecommendations(db, engagementId)).map((r) => r.text);
const quickWins = () => screen.getByRole('region', { name: 'Quick wins' });
const threeQuickWins = [
  recommendation('c3c3c3c3-0000-4000-8000-000000000001', 'quick win', 'Publish the carers offer', 0),
  recommendation('c3c3c3c3-0000-4000-8000-000000000002', 'quick win', 'Answer the phone in five rings', 1),
  recommendation('c3c3c3c3-0000-4000-8000-000000000003', 'quick win', 'Share the vacancy figures', 2),
];

describe('Recommendations: the challenge manager', () => {
  it('says what to do when there are none, and adds one to its kind', async () => {
    const db = await recommendationsDb();
    await renderInEngagement(db, <RecommendationsPage />);
    const user = userEvent.setup();
    expect(await screen.findByText(/^No recommendations yet: start with the presenting issues/)).toBeInTheDocument();
    const presenting = screen.getByRole('region', { name: 'Presenting issues' });
    await user.type(within(presenting).getByRole('textbox', { name: 'New presenting issue' }), 'Agree one front door');
    await user.click(within(presenting).getByRole('button', { name: 'Add presenting issue' }));

    expect(await within(presenting).findByRole('heading', { name: 'Presenting issue 1' })).toBeInTheDocument();
    expect(within(presenting).getByRole('textbox', { name: 'Text of presenting issue 1' })).toHaveValue(
      'Agree one front door',
    );
    expect(within(presenting).getByRole('textbox', { name: 'New presenting issue' })).toHaveValue('');
    expect(screen.queryByText(/^No recommendations yet/)).not.toBeInTheDocument();
    expect(await db.recommendation.toArray()).toMatchObject([{ kind: 'presenting issue', findingIds: [] }]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('links a finding picked from a list filtered by theme, shows it by headline and theme, and unlinks it', async () => {
    const [first] = threeQuickWins;
    const db = await recommendationsDb(first ? [first] : []);
    await renderInEngagement(db, <RecommendationsPage />);
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: 'Link a finding to quick win 1' });
    expect(within(quickWins()).getByText('Rests on no finding yet.')).toBeInTheDocument();
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const picker = screen.getByRole('form', { name: 'Link a finding to quick win 1' });
    await user.selectOptions(within(picker).getByRole('combobox', { name: 'Theme' }), themes.workforce.name);
    const finding = within(picker).getByRole('combobox', { name: 'Finding' });
    // The workforce theme's findings in the board's order; the dropped one is not offered.
    expect(
      within(finding)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([`Strength: ${findings.training.headline}`, `Area for consideration: ${findings.staffing.headline}`]);
    await user.selectOptions(finding, `Area for consideration: ${findings.staffing.headline}`);
    await user.click(screen.getByRole('button', { name: 'Link this finding to quick win 1' }));

    const restsOn = await screen.findByRole('list', { name: 'Findings quick win 1 rests on' });
    expect(within(restsOn).getByText(findings.staffing.headline)).toBeInTheDocument();
    expect(within(restsOn).getByText(`${themes.workforce.name} · area for consideration`)).toBeInTheDocument();
    expect(await db.recommendation.get(first?.id ?? '')).toMatchObject({ findingIds: [findings.staffing.id] });
    expect(within(finding).getAllByRole('option')).toHaveLength(1);

    await user.click(
      within(restsOn).getByRole('button', { name: `Unlink “${findings.staffing.headline}” from quick win 1` }),
    );
    expect(await within(quickWins()).findByText('Rests on no finding yet.')).toBeInTheDocument();
    expect((await db.recommendation.get(first?.id ?? ''))?.findingIds).toEqual([]);
  });

  it('reorders by keyboard alone, the focus staying on the moved recommendation', async () => {
    const db = await recommendationsDb(threeQuickWins);
    await renderInEngagement(db, <RecommendationsPage />);
    const user = userEvent.setup();
    const down = await screen.findByRole('button', { name: 'Move down quick win 1' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await texts(db)).toEqual([
        'Answer the phone in five rings',
        'Publish the carers offer',
        'Share the vacancy figures',
      ]),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down quick win 2' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Text of quick win 2' })).toHaveValue('Publish the carers offer');

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Text of quick win 3' })).toHaveValue('Publish the carers offer'),
    );
    // Last now: "Move down" is disabled, so "Move up" takes the focus.
    expect(screen.getByRole('button', { name: 'Move down quick win 3' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move up quick win 3' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Text of quick win 2' })).toHaveValue('Publish the carers offer'),
    );
    expect(screen.getByRole('button', { name: 'Move up quick win 2' })).toHaveFocus();
  });

  it('deletes with undo, which brings it back in its place', async () => {
    const db = await recommendationsDb(threeQuickWins);
    await renderInEngagement(db, <RecommendationsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete quick win 2' }));
    const undo = await screen.findByRole('button', { name: 'Undo deleting quick win 2' });
    expect(undo).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted quick win 2: “Answer the phone in five rings”.');
    expect(within(quickWins()).getAllByRole('listitem')).toHaveLength(2);
    expect(await texts(db)).toEqual(['Publish the carers offer', 'Share the vacancy figures']);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('textbox', { name: 'Text of quick win 3' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text of quick win 2' })).toHaveValue('Answer the phone in five rings');
    expect(screen.getByRole('status')).toHaveTextContent('Brought back “Answer the phone in five rings”.');
    expect(await texts(db)).toEqual(threeQuickWins.map((r) => r.text));
  });

  it('edits the text and moves a recommendation to another kind', async () => {
    const db = await recommendationsDb(threeQuickWins);
    await renderInEngagement(db, <RecommendationsPage />);
    const user = userEvent.setup();
    const text = await screen.findByRole('textbox', { name: 'Text of quick win 3' });
    await user.type(text, ' each month');
    await user.click(screen.getByRole('button', { name: 'Save quick win 3' }));
    await waitFor(async () => expect((await texts(db))[2]).toBe('Share the vacancy figures each month'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of quick win 1' }), 'Wider strategy');
    const wider = screen.getByRole('region', { name: 'Wider strategy' });
    expect(await within(wider).findByRole('heading', { name: 'Wider strategy recommendation 1' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(wider).getByRole('combobox', { name: 'Kind of wider strategy recommendation 1' })).toHaveFocus(),
    );
    expect(within(quickWins()).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('Recommendations: peers and the council', () => {
  it('peers read the recommendations and the findings they rest on, with no controls', async () => {
    const [first] = threeQuickWins;
    const db = await recommendationsDb(first ? [{ ...first, findingIds: [findings.vision.id] }] : []);
    await renderInEngagement(db, <RecommendationsPage />, { role: 'peer' });
    expect(await screen.findByText('Publish the carers offer')).toBeInTheDocument();
    const restsOn = screen.getByRole('list', { name: 'Findings quick win 1 rests on' });
    expect(within(restsOn).getByText(findings.vision.headline)).toBeInTheDocument();
    expect(within(restsOn).getByText(`${themes.leadership.name} · strength`)).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('tells a peer who opens it before any exist where they come from', async () => {
    const db = await recommendationsDb();
    await renderInEngagement(db, <RecommendationsPage />, { role: 'peer' });
    expect(await screen.findByText(/^No recommendations yet: the challenge manager writes them/)).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows the council nothing of them', async () => {
    const db = await recommendationsDb(threeQuickWins);
    await renderInEngagement(db, <RecommendationsPage />, { role: 'council' });
    expect(await screen.findByText(/stay with the team/)).toBeInTheDocument();
    expect(screen.queryByText('Publish the carers offer')).not.toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputsPage } from '../../src/client/features/outputs/OutputsPage';
import { Slideshow } from '../../src/client/features/outputs/Slideshow';
import type { Slide } from '../../src/domain/outputs/outputDocument';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { engagementId, memberId, session } from '../unit/storeFixtures';
import { findings, recommendationsDb } from './recommendationsFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

/** The fixture's agreed finding, its headline naming a peer on the team (Sian Morgan). */
async function dbWithPlantedName() {
  const db = await recommendationsDb();
  await db.finding.put({ ...findings.vision, headline: 'Sian Morgan says leaders share a clear vision' });
  return db;
}

const renderOutputs = (db: Awaited<ReturnType<typeof dbWithPlantedName>>) =>
  renderInEngagement(db, <OutputsPage />, {
    route: '/engagements/:engagementId/outputs/:kind',
    path: `/engagements/${engagementId}/outputs/presentation`,
  });

const flag = () => screen.getByRole('listitem', { name: 'Flag: “Sian Morgan” in finding headline' });

describe('Outputs: the non-attribution check on the manager’s screen', () => {
  it('lists a planted name with its words marked, where and why, and keeps export and publishing shut, saying why', async () => {
    const db = await dbWithPlantedName();
    await renderOutputs(db);
    expect(await screen.findByText('One flag to fix or accept.')).toBeInTheDocument();
    expect(within(flag()).getByText('Sian Morgan', { selector: 'mark' })).toBeInTheDocument();
    expect(within(flag()).getByText('Finding headline:')).toBeInTheDocument();

    for (const name of ['Download .pptx', 'Download PDF', 'Share PDF…', 'Print', 'Publish the presentation']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Export, printing, publishing and the slideshow wait until the non-attribution check’s one flag is fixed or accepted.',
      );
    }
  });

  it('accepts a flag only with a reason, records who and why, and then lets the output be exported and published', async () => {
    const db = await dbWithPlantedName();
    await renderOutputs(db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept “Sian Morgan” in finding headline…' }));
    const reason = screen.getByRole('textbox', { name: 'Why is this not an attribution?' });
    await user.click(screen.getByRole('button', { name: 'Accept with this reason' }));
    expect(reason).toBeInvalid();
    expect(await db.attributionAcceptance.count()).toBe(0);

    await user.type(reason, 'Quoted with her agreement');
    await user.click(screen.getByRole('button', { name: 'Accept with this reason' }));
    expect(await screen.findByText('All one flag accepted with a reason.')).toBeInTheDocument();
    expect(await db.attributionAcceptance.toArray()).toMatchObject([
      {
        outputKind: 'presentation',
        recordType: 'finding',
        recordId: findings.vision.id,
        field: 'headline',
        span: 'Sian Morgan',
        reason: 'Quoted with her agreement',
      },
    ]);
    expect(within(flag()).getByText(/^Accepted: Quoted with her agreement/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download .pptx' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Publish the presentation' }));
    const published = await screen.findByRole('listitem', { name: 'Presentation 1' });
    expect(
      within(published).getByText(/“Sian Morgan” \(finding headline\): Quoted with her agreement/),
    ).toBeInTheDocument();
    expect(await db.publishedSnapshot.toArray()).toMatchObject([{ kind: 'presentation', number: 1 }]);
  });

  it('fixes the flagged headline in place: the flag goes and the finding holds the new words', async () => {
    const db = await dbWithPlantedName();
    await renderOutputs(db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Fix “Sian Morgan” in finding headline' }));
    const box = screen.getByRole('textbox', { name: 'Finding headline' });
    await user.clear(box);
    await user.type(box, 'Leaders share a clear vision');
    await user.click(screen.getByRole('button', { name: 'Save the fix' }));
    expect(await screen.findByText('Nothing in this output points at a person.')).toBeInTheDocument();
    expect((await db.finding.get(findings.vision.id))?.headline).toBe('Leaders share a clear vision');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish the presentation' })).toBeEnabled());
  });
});

describe('Outputs: what the team did', () => {
  it('counts the documents this device’s notes name as read, and no more', async () => {
    const db = await recommendationsDb();
    for (const [documentReference, evidenceType] of [
      ['Corporate plan 2025', 'read'],
      ['corporate plan 2025', 'read'],
      ['Budget report', 'read'],
      ['Notice board', 'seen'],
    ] as const) {
      const note = await createNote(db, session, memberId);
      await updateNote(db, note, { documentReference, evidenceType });
    }
    await renderOutputs(db);
    const slides = await screen.findByRole('list', { name: 'Slides' });
    await waitFor(() => expect(slides).toHaveTextContent('2 documents read'));
    expect(slides).not.toHaveTextContent('Corporate plan');
  });
});

describe('Outputs: the manager’s own words', () => {
  it('keeps each box as it is typed in the output’s draft, shows it in the preview and checks it', async () => {
    const db = await recommendationsDb();
    await renderInEngagement(db, <OutputsPage />, {
      route: '/engagements/:engagementId/outputs/:kind',
      path: `/engagements/${engagementId}/outputs/letter`,
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Summary' }), 'Ask David about the budget.');
    await user.tab();
    await waitFor(async () =>
      expect(await db.outputDraft.toArray()).toMatchObject([
        { kind: 'summary letter', summary: 'Ask David about the budget.', introduction: '', contacts: '' },
      ]),
    );
    const letter = screen.getByRole('article', { name: /^Summary letter:/ });
    expect(within(letter).getByText('Ask David about the budget.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Flag: “David” in your summary' })).toBeInTheDocument();
  });
});

const slides: Slide[] = ['Title', 'Introduction', 'Scope', 'Summary'].map((heading, sectionIndex) => ({
  heading,
  blocks: [{ kind: 'paragraph', text: `${heading} text` }],
  continued: false,
  sectionIndex,
}));

describe('Slideshow', () => {
  it('moves by arrows, Page Up/Down, Home and End and swipes, names each slide, says where it is, and ends on Escape', async () => {
    const onExit = vi.fn();
    render(<Slideshow title="Feedback" slides={slides} onExit={onExit} />);
    const user = userEvent.setup();
    const position = () => screen.getByText(/^Slide \d of 4$/);
    expect(position()).toHaveTextContent('Slide 1 of 4');
    expect(position()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('region', { name: 'Slide 1 of 4: Title' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(position()).toHaveTextContent('Slide 2 of 4');
    expect(screen.getByRole('region', { name: 'Slide 2 of 4: Introduction' })).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(position()).toHaveTextContent('Slide 3 of 4');
    await user.keyboard('{ArrowLeft}');
    expect(position()).toHaveTextContent('Slide 2 of 4');
    await user.keyboard('{PageUp}');
    expect(position()).toHaveTextContent('Slide 1 of 4');
    await user.keyboard('{End}');
    expect(position()).toHaveTextContent('Slide 4 of 4');
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    expect(position()).toHaveTextContent('Slide 4 of 4');
    await user.keyboard('{Home}');
    expect(position()).toHaveTextContent('Slide 1 of 4');

    const show = screen.getByRole('region', { name: 'Slideshow: Feedback' });
    fireEvent.pointerDown(show, { clientX: 300 });
    fireEvent.pointerUp(show, { clientX: 100 });
    expect(position()).toHaveTextContent('Slide 2 of 4');
    fireEvent.pointerDown(show, { clientX: 100 });
    fireEvent.pointerUp(show, { clientX: 300 });
    expect(position()).toHaveTextContent('Slide 1 of 4');

    expect(onExit).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledOnce();
  });
});

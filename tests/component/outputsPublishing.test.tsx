// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputsPage } from '../../src/client/features/outputs/OutputsPage';
import { Slideshow } from '../../src/client/features/outputs/Slideshow';
import { SlideshowPage } from '../../src/client/features/outputs/SlideshowPage';
import type { TriangulateDb } from '../../src/client/store/db';
import type { Slide } from '../../src/domain/outputs/outputDocument';
import type { PublishedSnapshot } from '../../src/domain/records/publishedSnapshot';
import { engagementId } from '../unit/storeFixtures';
import { findings, recommendationsDb } from './recommendationsFixtures';
import { renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });

const presentationPath = `/engagements/${engagementId}/outputs/presentation`;
const slideshowRoute = '/engagements/:engagementId/outputs/presentation/slideshow';
const printNotice = 'Resolve the non-attribution check’s flags before printing.';

/** The fixture's agreed finding, its headline naming a peer on the team (Sian Morgan). */
async function dbWithPlantedName() {
  const db = await recommendationsDb();
  await db.finding.put({ ...findings.vision, headline: 'Sian Morgan says leaders share a clear vision' });
  return db;
}

const renderOutputs = (db: TriangulateDb) =>
  renderInEngagement(db, <OutputsPage />, {
    route: '/engagements/:engagementId/outputs/:kind',
    path: presentationPath,
    otherRoutes: [{ route: slideshowRoute, element: <p>The slideshow route</p> }],
  });

const renderSlideshowPage = (db: TriangulateDb) =>
  renderInEngagement(db, <SlideshowPage />, {
    route: slideshowRoute,
    path: `${presentationPath}/slideshow`,
    otherRoutes: [{ route: '/engagements/:engagementId/outputs/:kind', element: <p>The outputs page</p> }],
  });

/** The page's full screen, as a browser that offers it: requests are spied on, and granted by `grant`. */
function fakeFullScreen() {
  let element: Element | null = null;
  const change = (to: Element | null) => {
    element = to;
    document.dispatchEvent(new Event('fullscreenchange'));
  };
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  const request = vi.fn(() => Promise.resolve());
  Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request });
  Object.defineProperty(document, 'exitFullscreen', {
    configurable: true,
    value: vi.fn(() => {
      change(null);
      return Promise.resolve();
    }),
  });
  return { request, grant: () => change(document.documentElement), leave: () => change(null) };
}

afterEach(() => {
  cleanup();
  for (const name of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) {
    Reflect.deleteProperty(document, name);
  }
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
});

describe('Outputs: printing and the slideshow wait for the check', () => {
  it('prints only a notice while a flag is unresolved, and the output once it is fixed', async () => {
    const db = await dbWithPlantedName();
    await renderOutputs(db);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText(printNotice)).toHaveClass('print-notice');
    expect(preview).toHaveClass('output-print', 'output-print--blocked');

    await db.finding.put({ ...findings.vision, headline: 'Leaders share a clear vision' });
    await within(preview).findByText('Leaders share a clear vision');
    expect(preview).not.toHaveClass('output-print--blocked');
    expect(within(preview).queryByText(printNotice)).not.toBeInTheDocument();
  });

  it('does not start the slideshow while a flag is unresolved: the button is shut, saying why', async () => {
    await renderOutputs(await dbWithPlantedName());
    const start = await screen.findByRole('button', { name: 'Start the slideshow' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(
      'Export, printing, publishing and the slideshow wait until the non-attribution check’s one flag is fixed or accepted.',
    );
  });

  it('the slideshow page, reached anyway, says why and leads back to the check; it prints only the notice', async () => {
    await renderSlideshowPage(await dbWithPlantedName());
    expect(
      await screen.findByText(/^The slideshow is not shown while the non-attribution check’s one flag is neither/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Slideshow: / })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the non-attribution check' })).toHaveAttribute(
      'href',
      `${presentationPath}#check-heading`,
    );
    expect(screen.getByText(printNotice).parentElement).toHaveClass('output-print--blocked');
  });

  it('the slideshow page shows the slides once nothing is unresolved', async () => {
    await renderSlideshowPage(await recommendationsDb());
    expect(await screen.findByRole('region', { name: /^Slideshow: / })).toBeInTheDocument();
    expect(screen.queryByText(printNotice)).not.toBeInTheDocument();
  });
});

describe('Full screen is asked for in the person’s own tap', () => {
  it('“Start the slideshow” asks for it in its click handler, then opens the slideshow', async () => {
    const fullScreen = fakeFullScreen();
    await renderOutputs(await recommendationsDb());
    const start = await screen.findByRole('button', { name: 'Start the slideshow' });
    expect(fullScreen.request).not.toHaveBeenCalled();
    await userEvent.setup().click(start);
    expect(fullScreen.request).toHaveBeenCalledOnce();
    expect(await screen.findByText('The slideshow route')).toBeInTheDocument();
  });

  it('inside the slideshow, “Full screen” asks again when it was refused or left; leaving it does not end the show', async () => {
    const fullScreen = fakeFullScreen();
    const onExit = vi.fn();
    const slides: Slide[] = [{ heading: 'Title', blocks: [], continued: false, sectionIndex: 0 }];
    render(<Slideshow title="Feedback" slides={slides} onExit={onExit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Full screen' }));
    expect(fullScreen.request).toHaveBeenCalledOnce();
    act(() => fullScreen.grant());
    expect(screen.queryByRole('button', { name: 'Full screen' })).not.toBeInTheDocument();
    act(() => fullScreen.leave());
    expect(screen.getByRole('button', { name: 'Full screen' })).toBeInTheDocument();
    expect(onExit).not.toHaveBeenCalled();
    // The keys still move and end it.
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('offers no “Full screen” button where the browser has none', () => {
    render(<Slideshow title="Feedback" slides={[]} onExit={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Full screen' })).not.toBeInTheDocument();
  });
});

describe('Publishing: the acceptances a publication relied on, as recorded', () => {
  const snapshot = (extra: Partial<PublishedSnapshot>): PublishedSnapshot => ({
    id: crypto.randomUUID(),
    engagementId,
    rev: 5,
    updatedAt: '2026-12-04T16:00:00.000Z',
    deleted: false,
    conflicts: [],
    title: 'Adult social care peer challenge',
    kind: 'presentation',
    number: 1,
    publishedAt: '2026-12-04T16:00:00.000Z',
    body: { sections: [{ heading: 'Summary', blocks: [{ kind: 'paragraph', text: 'A strong service.' }] }] },
    ...extra,
  });

  it('shows what the snapshot recorded, even once the acceptance is taken back, and “not recorded” for an older one', async () => {
    const db = await recommendationsDb();
    const acceptanceId = crypto.randomUUID();
    const takenBack = {
      id: acceptanceId,
      engagementId,
      rev: 6,
      updatedAt: '2026-12-05T11:00:00.000Z',
      deleted: true,
      conflicts: [],
      outputKind: 'presentation' as const,
      recordType: 'finding' as const,
      recordId: findings.vision.id,
      field: 'headline',
      span: 'the Leader',
      reason: 'The role is held jointly',
      acceptedById: '8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
      acceptedAt: '2026-12-04T12:00:00.000Z',
    };
    await db.attributionAcceptance.put(takenBack);
    await db.publishedSnapshot.bulkPut([
      snapshot({
        number: 2,
        publishedAt: '2026-12-05T10:00:00.000Z',
        acceptances: [
          {
            id: acceptanceId,
            recordType: 'finding',
            recordId: findings.vision.id,
            field: 'headline',
            span: 'the Leader',
            reason: 'The role is held jointly',
            acceptedById: '8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
            acceptedAt: '2026-12-04T12:00:00.000Z',
          },
        ],
      }),
      snapshot({ number: 1 }),
    ]);
    await renderOutputs(db);
    const second = await screen.findByRole('listitem', { name: 'Presentation 2' });
    expect(
      within(second).getByText(/“the Leader” \(finding headline\): The role is held jointly — accepted by Sian Morgan/),
    ).toBeInTheDocument();
    const first = screen.getByRole('listitem', { name: 'Presentation 1' });
    expect(within(first).getByText('Not recorded: published before the app kept this record.')).toBeInTheDocument();
  });

  it('stops a publication while a scope question names someone: the check flags it and Publish waits', async () => {
    const db = await recommendationsDb();
    await db.scopeQuestion.put({
      id: crypto.randomUUID(),
      engagementId,
      rev: 3,
      updatedAt: '2026-11-20T08:00:00.000Z',
      deleted: false,
      conflicts: [],
      text: 'Does David Okafor lead the front door well?',
      position: 0,
    });
    await renderOutputs(db);
    expect(await screen.findByText('One flag to fix or accept.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish the presentation' })).toBeDisabled();
    expect(await db.publishedSnapshot.count()).toBe(0);
  });
});

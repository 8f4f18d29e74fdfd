// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetupPage } from '../../src/client/features/setup/SetupPage';
import { listScopeQuestions } from '../../src/client/store/scopeQuestionRepository';
import { engagementId } from '../unit/storeFixtures';
import { engagementDb, renderInEngagement } from './setupHarness';

// Two cores shared with other test runs: give IndexedDB round trips time to land.
configure({ asyncUtilTimeout: 10_000 });
afterEach(() => {
  cleanup();
  formTitles.length = 0;
});

/** The engagement titles the details form was rendered with: what its live query brought. */
const formTitles = vi.hoisted(() => [] as string[]);
vi.mock('../../src/client/features/setup/EngagementDetailsForm', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/setup/EngagementDetailsForm')>();
  return {
    ...actual,
    EngagementDetailsForm: (props: Parameters<typeof actual.EngagementDetailsForm>[0]) => {
      formTitles.push(props.engagement.title);
      return <actual.EngagementDetailsForm {...props} />;
    },
  };
});

describe('SetupPage: engagement details', () => {
  it('names each wrong field and saves nothing until they are right', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const council = await screen.findByRole('textbox', { name: 'Council' });
    await user.clear(council);
    await user.clear(screen.getByLabelText('Last day on site'));
    await user.type(screen.getByLabelText('Last day on site'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save details' }));

    expect(council).toHaveAttribute('aria-invalid', 'true');
    expect(council).toHaveAccessibleDescription('Enter the council’s name (up to 200 characters).');
    expect(screen.getByLabelText('Last day on site')).toHaveAccessibleDescription(
      'The last day on site cannot be before the first.',
    );
    expect((await db.engagement.get(engagementId))?.council).toBe('Borsetshire County Council');
    expect(await db.outbox.count()).toBe(0);

    await user.type(council, 'Ambridge Borough Council');
    await user.clear(screen.getByLabelText('Last day on site'));
    await user.type(screen.getByLabelText('Last day on site'), '2026-11-27');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText('Details saved on this device.');
    expect(await db.engagement.get(engagementId)).toMatchObject({
      council: 'Ambridge Borough Council',
      onSiteTo: '2026-11-27',
    });
    expect((await db.outbox.toArray()).map((entry) => entry.recordType)).toEqual(['engagement']);
  });

  it('takes details synced from elsewhere, but never over the manager’s own typing', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const council = await screen.findByRole('textbox', { name: 'Council' });
    await db.engagement.update(engagementId, { council: 'Synced Council', rev: 2 });
    await waitFor(() => expect(council).toHaveValue('Synced Council'));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Typed here');
    await db.engagement.update(engagementId, { title: 'Synced title', rev: 3 });
    // The synced title has reached the form, which keeps the manager's typing.
    await waitFor(() => expect(formTitles.at(-1)).toBe('Synced title'));
    expect(title).toHaveValue('Typed here');
  });

  it('is closed to peers', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />, { role: 'peer' });
    expect(screen.getByText('Only the challenge manager sets up the engagement.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save details' })).not.toBeInTheDocument();
  });
});

describe('SetupPage: scope questions', () => {
  it('adds, edits, reorders and removes questions, and warns above six', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Scope questions' });
    for (const [index, text] of ['Do people get help early?', 'How well do we work with the NHS?'].entries()) {
      await user.type(within(section).getByRole('textbox', { name: 'New scope question' }), text);
      await user.click(within(section).getByRole('button', { name: 'Add scope question' }));
      expect(await within(section).findByRole('textbox', { name: `Scope question ${index + 1}` })).toHaveValue(text);
    }
    const second = within(section).getByRole('textbox', { name: 'Scope question 2' });
    await user.clear(second);
    await user.type(second, 'How well do we work with NHS partners?');
    await user.click(within(section).getByRole('button', { name: 'Save scope question 2' }));
    // The saved text re-renders the row: wait for it, so the next click lands on the new one.
    await waitFor(async () =>
      expect((await listScopeQuestions(db, engagementId))[1]?.text).toBe('How well do we work with NHS partners?'),
    );
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Save scope question 2' })).toBeDisabled());
    await user.click(within(section).getByRole('button', { name: 'Move scope question 2 up' }));
    await waitFor(async () =>
      expect((await listScopeQuestions(db, engagementId)).map((q) => q.text)).toEqual([
        'How well do we work with NHS partners?',
        'Do people get help early?',
      ]),
    );
    await waitFor(() =>
      expect(within(section).getByRole('textbox', { name: 'Scope question 1' })).toHaveValue(
        'How well do we work with NHS partners?',
      ),
    );

    await user.click(within(section).getByRole('button', { name: 'Remove scope question 2' }));
    await waitFor(async () => expect(await listScopeQuestions(db, engagementId)).toHaveLength(1));
    expect((await db.scopeQuestion.toArray()).filter((q) => q.deleted)).toHaveLength(1);

    await waitFor(() =>
      expect(within(section).queryByRole('textbox', { name: 'Scope question 2' })).not.toBeInTheDocument(),
    );
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    for (let n = 2; n <= 7; n += 1) {
      await user.type(within(section).getByRole('textbox', { name: 'New scope question' }), `Question ${n}`);
      await user.click(within(section).getByRole('button', { name: 'Add scope question' }));
      expect(await within(section).findByRole('textbox', { name: `Scope question ${n}` })).toHaveValue(`Question ${n}`);
    }
    expect(within(section).getByRole('alert')).toHaveTextContent('There are 7 scope questions');
  });
});

describe('SetupPage: roles to check in outputs', () => {
  it('saves the roles one per line, tidied, as a set that syncs', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const roles = await screen.findByRole('textbox', { name: 'Roles to check, one per line' });
    expect(screen.getByRole('button', { name: 'Save roles' })).toBeDisabled();
    await user.type(
      roles,
      'the Head of  Commissioning{Enter}{Enter}the Head of Commissioning{Enter}the Virtual School Head',
    );
    await user.click(screen.getByRole('button', { name: 'Save roles' }));
    expect(await screen.findByText('Roles saved.')).toBeInTheDocument();
    expect((await db.engagement.get(engagementId))?.rolesToCheck).toEqual([
      'the Head of Commissioning',
      'the Virtual School Head',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Roles to check, one per line' })).toHaveValue(
        'the Head of Commissioning\nthe Virtual School Head',
      ),
    );
    const outbox = await db.outbox.toArray();
    expect(outbox.find((entry) => entry.recordType === 'engagement')?.setChanges).toEqual({
      rolesToCheck: { add: ['the Head of Commissioning', 'the Virtual School Head'], remove: [] },
    });
  });
});

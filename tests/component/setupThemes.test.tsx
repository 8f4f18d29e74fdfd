// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SetupPage } from '../../src/client/features/setup/SetupPage';
import { listThemes } from '../../src/client/store/themeRepository';
import { themeTemplates } from '../../src/domain/templates/themeTemplates';
import { engagementId } from '../unit/storeFixtures';
import { engagementDb, renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const themeNames = async (db: Awaited<ReturnType<typeof engagementDb>>) =>
  (await listThemes(db, engagementId)).map((t) => t.name);

describe('SetupPage: themes', () => {
  it('starts from a template, renames, reorders, adds and removes themes', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Themes' });
    await user.selectOptions(
      await within(section).findByRole('combobox', { name: 'Theme template' }),
      'Corporate peer challenge',
    );
    await user.click(within(section).getByRole('button', { name: 'Use these themes' }));
    await waitFor(async () => expect(await themeNames(db)).toEqual(themeTemplates.corporate.themes));

    const first = await within(section).findByRole('textbox', { name: 'Theme 1' });
    await user.clear(first);
    await user.type(first, 'Local priorities');
    await user.click(within(section).getByRole('button', { name: 'Save theme 1' }));
    // The saved rename re-renders the row: wait for it, so the next click lands on the new one.
    await waitFor(async () => expect((await themeNames(db))[0]).toBe('Local priorities'));
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Save theme 1' })).toBeDisabled());
    await user.click(within(section).getByRole('button', { name: 'Move theme 1 down' }));
    await waitFor(async () =>
      expect((await themeNames(db)).slice(0, 2)).toEqual(['Organisational and place leadership', 'Local priorities']),
    );

    await user.type(within(section).getByRole('textbox', { name: 'New theme' }), 'Housing');
    await user.click(within(section).getByRole('button', { name: 'Add theme' }));
    expect(await within(section).findByRole('textbox', { name: 'Theme 6' })).toHaveValue('Housing');

    await user.click(within(section).getByRole('button', { name: 'Remove theme 3' }));
    await waitFor(async () => expect(await themeNames(db)).not.toContain('Governance and culture'));
    expect((await db.theme.toArray()).find((theme) => theme.name === 'Governance and culture')?.deleted).toBe(true);
  });

  it('adds only the missing themes of another template and keeps every existing one', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SetupPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Themes' });
    await user.type(await within(section).findByRole('textbox', { name: 'New theme' }), 'working together');
    await user.click(within(section).getByRole('button', { name: 'Add theme' }));
    await within(section).findByRole('textbox', { name: 'Theme 1' });

    // Adult social care is the default template; "Working together" is already there.
    const add = await within(section).findByRole('button', { name: 'Add 4 missing themes' });
    await user.click(add);
    await waitFor(async () =>
      expect(await themeNames(db)).toEqual([
        'working together',
        'Vision, strategy and leadership',
        'Resource and workforce management',
        'Service delivery and effective practice',
        'Commissioning',
      ]),
    );
    expect(await within(section).findByRole('button', { name: 'Add 0 missing themes' })).toBeDisabled();
    expect(within(section).getByText('Every theme of this template is already in the list.')).toBeInTheDocument();
  });
});

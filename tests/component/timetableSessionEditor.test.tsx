// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionEditorPage } from '../../src/client/features/timetable/SessionEditorPage';
import { TimetablePage } from '../../src/client/features/timetable/TimetablePage';
import { listSessions } from '../../src/client/store/engagementQueries';
import { engagementId, session } from '../unit/storeFixtures';
import { engagementDb, peers, renderInEngagement } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const newRoute = {
  route: '/engagements/:engagementId/timetable/new',
  path: `/engagements/${engagementId}/timetable/new`,
};
const clock = () => new Date('2026-11-24T08:00:00');

describe('SessionEditorPage', () => {
  it('adds a session with its groups, peers, count and team-only names', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SessionEditorPage now={clock} />, newRoute);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Focus group: carers');
    expect(screen.getByLabelText('Day')).toHaveValue('2026-11-24');
    await user.clear(screen.getByLabelText('Starts'));
    await user.type(screen.getByLabelText('Starts'), '13:30');
    await user.clear(screen.getByLabelText('Ends'));
    await user.type(screen.getByLabelText('Ends'), '15:00');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'focus group');
    const groups = screen.getByRole('group', { name: 'Stakeholder groups' });
    await user.click(within(groups).getByRole('checkbox', { name: 'carers' }));
    await user.click(within(groups).getByRole('checkbox', { name: 'other' }));
    await user.type(screen.getByRole('textbox', { name: 'Describe the other group' }), 'Young carers');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Borchester Carers Centre');
    const noteTakers = screen.getByRole('group', { name: 'Peers taking notes' });
    expect(within(noteTakers).queryByRole('checkbox', { name: /Jo Council/ })).not.toBeInTheDocument();
    await user.click(within(noteTakers).getByRole('checkbox', { name: 'Sian Morgan (officer peer)' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Attendee count' }), '9');
    await user.type(
      screen.getByRole('textbox', { name: 'Names (kept within the team, never in any output)' }),
      'A. Carer',
    );
    await user.click(screen.getByRole('button', { name: 'Save session' }));

    await screen.findByText('Elsewhere');
    const [saved] = await listSessions(db, engagementId);
    expect(saved).toMatchObject({
      title: 'Focus group: carers',
      kind: 'focus group',
      stakeholderGroups: ['carers', 'other'],
      otherStakeholderGroup: 'Young carers',
      location: 'Borchester Carers Centre',
      assignedMemberIds: [peers[1]?.id],
      attendeeCount: 9,
      attendeeNames: 'A. Carer',
      startsAt: new Date('2026-11-24T13:30:00').toISOString(),
      endsAt: new Date('2026-11-24T15:00:00').toISOString(),
    });
    const entry = (await db.outbox.toArray())[0];
    expect(entry?.setChanges.assignedMemberIds).toEqual({ add: [peers[1]?.id], remove: [] });
  });

  it('says which fields are wrong and saves nothing', async () => {
    const db = await engagementDb();
    await renderInEngagement(db, <SessionEditorPage now={clock} />, newRoute);
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText('Ends'));
    await user.type(screen.getByLabelText('Ends'), '08:30');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'Enter a title for the session (up to 200 characters).',
    );
    expect(screen.getByLabelText('Ends')).toHaveAccessibleDescription('The session must end after it starts.');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the fields marked above.');
    expect(await db.session.count()).toBe(0);
  });

  it('edits and deletes an existing session (a tombstone)', async () => {
    const db = await engagementDb([session]);
    await renderInEngagement(db, <SessionEditorPage now={clock} />, {
      route: '/engagements/:engagementId/timetable/:sessionId/edit',
      path: `/engagements/${engagementId}/timetable/${session.id}/edit`,
    });
    const user = userEvent.setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue(session.title);
    expect(screen.getByRole('checkbox', { name: 'front-line staff' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Delete session' }));
    // It asks first (sessionDelete.test.tsx has the rest): nothing is deleted yet.
    const dialog = await screen.findByRole('dialog', { name: `Delete “${session.title}”?` });
    expect((await db.session.get(session.id))?.deleted).toBe(false);
    await user.click(await within(dialog).findByRole('button', { name: 'Delete session' }));
    await screen.findByText('Elsewhere');
    expect((await db.session.get(session.id))?.deleted).toBe(true);
  });
});

describe('TimetablePage', () => {
  it('lets the manager add and edit, and shows peers the timetable read-only, never the names', async () => {
    const db = await engagementDb([
      { ...session, attendeeNames: 'Secret Person', assignedMemberIds: [peers[0]?.id ?? ''] },
    ]);
    await renderInEngagement(db, <TimetablePage />, { role: 'peer' });
    expect(await screen.findByRole('link', { name: session.title })).toBeInTheDocument();
    expect(screen.getByText(/notes: David Okafor/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: `Edit ${session.title}` })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Secret Person');
    cleanup();
    await renderInEngagement(db, <TimetablePage />);
    expect(await screen.findByRole('link', { name: 'Add a session' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Edit ${session.title}` })).toBeInTheDocument();
    await waitFor(() => expect(document.body.textContent).not.toContain('Secret Person'));
  });
});

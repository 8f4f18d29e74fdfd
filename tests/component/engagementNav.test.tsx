// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { EngagementNav } from '../../src/client/app/EngagementNav';

afterEach(cleanup);

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';

function renderNav(role: 'manager' | 'peer') {
  return render(
    <MemoryRouter initialEntries={[`/engagements/${engagementId}`]}>
      <EngagementNav engagementId={engagementId} role={role} />
      <Routes>
        <Route path="/engagements/:engagementId/*" element={null} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the engagement’s links in the header', () => {
  it('give the manager every screen; "More" opens and closes once a link is followed', async () => {
    renderNav('manager');
    const nav = screen.getByRole('navigation', { name: 'Engagement' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Today', 'Search', 'Evening', 'Timetable', 'Setup', 'Team', 'Settings']);
    const more = within(nav).getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const user = userEvent.setup();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Team' }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('give a peer no Setup or Team', () => {
    renderNav('peer');
    const nav = screen.getByRole('navigation', { name: 'Engagement' });
    expect(within(nav).queryByRole('link', { name: 'Setup' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Team' })).not.toBeInTheDocument();
  });
});

import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { MemberRole } from '../../domain/records/member';

type Props = { engagementId: string; role: Exclude<MemberRole, 'council'> };

/**
 * The team's links in the header. On a portrait tablet the less used ones fold under
 * "More", so the header (and the sync state in it) keeps to one row; wider, all show.
 */
export function EngagementNav({ engagementId, role }: Props) {
  const base = `/engagements/${engagementId}`;
  const listId = useId();
  const { pathname } = useLocation();
  // The menu is open at the address it was opened on: a link followed closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const setOpen = (next: boolean) => setOpenAt(next ? pathname : null);
  return (
    <nav aria-label="Engagement" className="app-header__nav">
      <Link to={`${base}/today`}>Today</Link>
      <Link to={`${base}/search`}>Search</Link>
      {/* The evening merge: the manager edits, peers read (the council has a frame of its own). */}
      <Link to={`${base}/evening`}>Evening</Link>
      <button
        type="button"
        className="app-header__more-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        More
      </button>
      <ul id={listId} className="app-header__more" data-open={open}>
        <li>
          <Link to={`${base}/timetable`}>Timetable</Link>
        </li>
        {role === 'manager' ? (
          <li>
            <Link to={`${base}/setup`}>Setup</Link>
          </li>
        ) : null}
        {role === 'manager' ? (
          <li>
            <Link to={`${base}/team`}>Team</Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/settings`}>Settings</Link>
        </li>
      </ul>
    </nav>
  );
}

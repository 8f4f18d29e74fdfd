import { Link } from 'react-router';

/** What a council device shows at any of the team's own addresses: nothing of the team's, and the way back. */
export function NotForCouncil({ engagementId }: { engagementId: string }) {
  return (
    <main>
      <h1>Not for the council</h1>
      <p>This part of Triangulate is the review team’s own working space: it is not shared with the council.</p>
      <p>
        <Link to={`/engagements/${engagementId}`}>See what has been shared with you</Link>
      </p>
    </main>
  );
}

import { Link } from 'react-router';
import { useEngagementContext } from '../../services/engagementContext';
import { eveningScreens } from './eveningScreens';

/** The evening merge's hub: the screens where the team turns the day's notes into findings. */
export function EveningPage() {
  const { identity } = useEngagementContext();
  return (
    <main>
      <h1>Evening</h1>
      {identity.role === 'council' ? (
        <p>The evening merge is the team’s own work: it is not shown to the council.</p>
      ) : (
        <>
          <p>
            {identity.role === 'manager'
              ? 'Turn the team’s notes into findings, see where evidence is thin and plan tomorrow.'
              : 'What the challenge manager is making of the team’s notes. You can read every screen here.'}
          </p>
          <ul className="link-list">
            {eveningScreens.map((screen) => (
              <li key={screen.path}>
                <Link to={`/engagements/${identity.engagementId}/evening/${screen.path}`}>{screen.name}</Link>
                <span className="muted"> {screen.purpose}</span>
              </li>
            ))}
          </ul>
          {identity.role === 'manager' ? (
            <>
              <h2>Feedback to the council</h2>
              <ul className="link-list">
                <li>
                  <Link to={`/engagements/${identity.engagementId}/outputs/presentation`}>Presentation and letter</Link>
                  <span className="muted">
                    {' '}
                    The presentation and summary letter from agreed findings, checked for anything attributable,
                    exported and published to the council.
                  </span>
                </li>
              </ul>
            </>
          ) : null}
        </>
      )}
    </main>
  );
}

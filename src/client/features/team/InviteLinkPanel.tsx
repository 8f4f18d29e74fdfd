import { useState } from 'react';
import { formatSessionTime } from '../../ui/formatTime';
import { InviteQrCode } from './InviteQrCode';

type Props = { url: string; memberName: string; expiresAt: string };

/** What happened to the last Copy or Share, said to the manager. */
type Outcome = { ok: boolean; words: string } | null;

/** Whether a refused share was the person closing the share sheet, not a failure. */
const cancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * A join link, made to reach the peer's own tablet: a large QR code to scan, Copy and
 * Share. The link is text, not a link: a tap on it here would join the manager's own
 * tablet as the peer, spending the code.
 */
export function InviteLinkPanel({ url, memberName, expiresAt }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const message = `Your join link for the peer challenge in Triangulate (works once): ${url}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ ok: true, words: 'Link copied: paste it into a message to the peer.' });
    } catch {
      setOutcome({ ok: false, words: 'This browser did not copy the link: select the link above and copy it.' });
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: 'Join link for Triangulate', text: message, url });
      setOutcome(null);
    } catch (error) {
      setOutcome(cancelled(error) ? null : { ok: false, words: 'Could not share the link: copy it instead.' });
    }
  };
  const canShare = typeof navigator.share === 'function';
  return (
    <section className="join-link" aria-label={`Join link for ${memberName}`}>
      <p role="status">
        Join link for {memberName} (works once, until {formatSessionTime(expiresAt)}):
      </p>
      <p className="join-link__url">{url}</p>
      <p className="muted">
        Open it on {memberName}’s own tablet, not on this one: it would join this tablet as {memberName}.
      </p>
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy link
        </button>
        {canShare ? (
          <button type="button" onClick={() => void share()}>
            Share link
          </button>
        ) : (
          <a
            className="button-link"
            href={`mailto:?subject=${encodeURIComponent('Join link for Triangulate')}&body=${encodeURIComponent(message)}`}
          >
            Share link by email
          </a>
        )}
      </div>
      {outcome ? <p role={outcome.ok ? 'status' : 'alert'}>{outcome.words}</p> : null}
      <InviteQrCode url={url} memberName={memberName} />
    </section>
  );
}

import { useState } from 'react';

/**
 * Shown on an iPhone or iPad before the invite is used: why the app must be on the
 * Home Screen first, and how to join from there. Joining here would spend the invite in
 * a Safari tab whose storage the Home Screen app cannot see.
 */
export function AddToHomeScreen({ link, onJoinHere }: { link: string; onJoinHere: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <main className="join-install">
      <h1>Add Triangulate to your Home Screen first</h1>
      <p>Do this before you join, so your notes are kept safe on this iPad or iPhone:</p>
      <ul>
        <li>
          Safari can delete what a website stores — your notes included — when you have not opened it for a while. It
          does not do this to apps on the Home Screen.
        </li>
        <li>
          The Home Screen app keeps its own storage, separate from Safari. If you join here in Safari, the app on your
          Home Screen will not have your notes, and this join link works only once.
        </li>
      </ul>
      <h2>How</h2>
      <ol>
        <li>
          Copy this join link:{' '}
          <button type="button" onClick={() => void copy()}>
            Copy join link
          </button>
          {copied === 'yes' ? <span role="status"> Copied.</span> : null}
          {copied === 'failed' ? (
            <span role="status">
              {' '}
              Could not copy: press and hold here to copy it: <code>{link}</code>
            </span>
          ) : null}
        </li>
        <li>Tap the Share button (the square with an arrow), then "Add to Home Screen", then "Add".</li>
        <li>Open Triangulate from your Home Screen, tap "Join with a link" and paste the link.</li>
      </ol>
      <p>Not on your own device, or only looking?</p>
      <button type="button" onClick={onJoinHere}>
        Join in this browser anyway
      </button>
    </main>
  );
}

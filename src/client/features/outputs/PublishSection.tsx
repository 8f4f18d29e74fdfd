import { useState } from 'react';
import type { OutputDocument } from '../../../domain/outputs/outputDocument';
import type { PublishedSnapshot } from '../../../domain/records/publishedSnapshot';
import { formatSessionTime } from '../../ui/formatTime';
import { blockedId } from './ExportActions';
import { kindNames, whereFound } from './outputWords';

/** How a press of "Publish" ended: published, not saved on this device, or stopped by the check of its text. */
export type PublishOutcome = { status: 'published' } | { status: 'not saved' } | { status: 'stopped'; why: string };

export type PublishActions = {
  publish: () => Promise<PublishOutcome>;
  withdraw: (snapshot: PublishedSnapshot) => Promise<boolean>;
  /** Who accepted a flag, by name: these are the team's own screens. */
  memberName: (memberId: string) => string;
};

const when = (iso: string) => formatSessionTime(iso);

/**
 * Publishing the output to the council: a numbered, frozen copy; the list of what has
 * been published, each with the acceptances it recorded as relied on when it was
 * published (never worked out again: taking one back later does not rewrite the past),
 * and the way to withdraw one.
 */
export function PublishSection({
  output,
  unresolvedCount,
  snapshots,
  actions,
}: {
  output: OutputDocument;
  unresolvedCount: number;
  snapshots: readonly PublishedSnapshot[];
  actions: PublishActions;
}) {
  const [status, setStatus] = useState('');
  const [stopped, setStopped] = useState('');
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const name = kindNames[output.kind].toLowerCase();
  const publish = async () => {
    const outcome = await actions.publish();
    setStopped(outcome.status === 'stopped' ? outcome.why : '');
    if (outcome.status === 'published') setStatus(`Published the ${name} to the council.`);
  };
  return (
    <section aria-labelledby="publish-heading" className="outputs__publish no-print">
      <h2 id="publish-heading">Publish to the council</h2>
      <p className="muted">
        The council sees a frozen copy, numbered 1, 2, 3 …; a change later is published as a new version.
      </p>
      <button
        type="button"
        disabled={unresolvedCount > 0}
        aria-describedby={unresolvedCount > 0 ? blockedId : undefined}
        onClick={() => void publish()}
      >
        Publish the {name}
      </button>
      {stopped ? (
        <p role="alert" className="outputs__blocked">
          {stopped}
        </p>
      ) : null}
      <p role="status">{status}</p>
      <h3>Published</h3>
      {snapshots.length === 0 ? (
        <p>Nothing published yet.</p>
      ) : (
        <ul className="snapshot-list" aria-label={`Published versions of the ${name}`}>
          {snapshots.map((snapshot) => {
            const label = `${kindNames[snapshot.kind]} ${snapshot.number}`;
            return (
              <li key={snapshot.id} aria-label={label}>
                <p>
                  <strong>{label}</strong>, {snapshot.deleted ? 'withdrawn' : `published ${when(snapshot.publishedAt)}`}
                </p>
                {snapshot.deleted ? null : (
                  <>
                    <h4>Accepted flags it relies on</h4>
                    {snapshot.acceptances === undefined ? (
                      <p className="muted">Not recorded: published before the app kept this record.</p>
                    ) : snapshot.acceptances.length === 0 ? (
                      <p className="muted">None.</p>
                    ) : (
                      <ul>
                        {snapshot.acceptances.map((one) => (
                          <li key={one.id}>
                            “{one.span}” ({whereFound(one).toLowerCase()}): {one.reason} — accepted by{' '}
                            {actions.memberName(one.acceptedById)}, {when(one.acceptedAt)}
                          </li>
                        ))}
                      </ul>
                    )}
                    {withdrawing === snapshot.id ? (
                      <p>
                        The council will no longer see {label.toLowerCase()}, and it cannot be brought back.{' '}
                        <button
                          type="button"
                          onClick={() =>
                            void actions.withdraw(snapshot).then((ok) => {
                              setWithdrawing(null);
                              if (ok) setStatus(`Withdrew ${label.toLowerCase()}.`);
                            })
                          }
                        >
                          Withdraw {label.toLowerCase()}
                        </button>{' '}
                        <button type="button" onClick={() => setWithdrawing(null)}>
                          Keep it
                        </button>
                      </p>
                    ) : (
                      <button
                        type="button"
                        aria-label={`Withdraw… ${label}`}
                        onClick={() => setWithdrawing(snapshot.id)}
                      >
                        Withdraw…
                      </button>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AttributionHit } from '../../../domain/outputs/attributionCheck';
import type { AttributionAcceptance } from '../../../domain/records/attributionAcceptance';
import { HitInContext } from './HitInContext';
import { flagCount, setupSectionOf, whereFound } from './outputWords';

export type CheckActions = {
  /** The field's text as stored now, for the flag's sentence and the fix box. */
  textOf: (hit: AttributionHit) => string;
  /** Writes a corrected text into the flagged field; resolves true once saved. */
  fix: (hit: AttributionHit, text: string) => Promise<boolean>;
  /** Takes the manager to the box on this screen where their own words (introduction, summary …) are edited. */
  fixElsewhere: (hit: AttributionHit) => void;
  /** The Setup screen, where the engagement's details, scope questions and themes are edited. */
  setupPath: string;
  accept: (hit: AttributionHit, reason: string) => Promise<boolean>;
  takeBack: (acceptance: AttributionAcceptance) => void;
};

const hitKey = (hit: AttributionHit) => `${hit.recordType} ${hit.recordId} ${hit.field} ${hit.start} ${hit.text}`;

/** Fields fixed in place here; the others are fixed where they are written. */
const fixedHere = (hit: AttributionHit) => hit.recordType === 'finding' || hit.recordType === 'recommendation';

/**
 * The non-attribution check's flags for one output: each with its words marked in their
 * sentence, where it was found and why, and the way to fix it or accept it with a reason.
 * Accepted flags stay listed, with the reason and a way to take the acceptance back.
 */
export function AttributionCheckList({
  hits,
  unresolved,
  acceptances,
  actions,
}: {
  hits: readonly AttributionHit[];
  unresolved: readonly AttributionHit[];
  acceptances: readonly AttributionAcceptance[];
  actions: CheckActions;
}) {
  const open = new Set(unresolved);
  const acceptanceOf = (hit: AttributionHit) =>
    acceptances.find(
      (one) =>
        one.recordType === hit.recordType &&
        one.recordId === hit.recordId &&
        one.field === hit.field &&
        one.span === hit.text,
    );
  return (
    <section aria-labelledby="check-heading" className="attribution-check no-print">
      <h2 id="check-heading">Non-attribution check</h2>
      <p role="status">
        {hits.length === 0
          ? 'Nothing in this output points at a person.'
          : unresolved.length === 0
            ? `All ${flagCount(hits.length)} accepted with a reason.`
            : `${sentenceStart(flagCount(unresolved.length))} to fix or accept.`}
      </p>
      {hits.length > 0 ? (
        <ol className="attribution-check__list" aria-label="Flags">
          {hits.map((hit) => (
            <FlagItem
              key={hitKey(hit)}
              hit={hit}
              open={open.has(hit)}
              acceptance={acceptanceOf(hit)}
              actions={actions}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

const sentenceStart = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function FlagItem({
  hit,
  open,
  acceptance,
  actions,
}: {
  hit: AttributionHit;
  open: boolean;
  acceptance: AttributionAcceptance | undefined;
  actions: CheckActions;
}) {
  const [mode, setMode] = useState<'idle' | 'fix' | 'accept'>('idle');
  const where = whereFound(hit);
  const name = `“${hit.text}” in ${where.toLowerCase()}`;
  // Scope questions, themes and the engagement's details are edited in Setup, not here.
  const setupSection = setupSectionOf(hit);
  return (
    <li className={open ? 'flag flag--open' : 'flag flag--accepted'} aria-label={`Flag: ${name}`}>
      <p>
        <strong>{where}:</strong> <HitInContext hit={hit} text={actions.textOf(hit)} />
      </p>
      <p className="flag__reason">{hit.reason}</p>
      {open ? (
        <>
          {mode === 'idle' ? (
            <div className="flag__actions">
              {setupSection ? (
                <Link
                  to={actions.setupPath}
                  className="button-link"
                  aria-label={`Fix ${name} in Setup, ${setupSection}`}
                >
                  Fix in Setup: {setupSection}
                </Link>
              ) : (
                <button
                  type="button"
                  aria-label={`Fix ${name}`}
                  onClick={() => (fixedHere(hit) ? setMode('fix') : actions.fixElsewhere(hit))}
                >
                  Fix
                </button>
              )}
              <button type="button" aria-label={`Accept ${name}…`} onClick={() => setMode('accept')}>
                Accept…
              </button>
            </div>
          ) : null}
          {mode === 'fix' ? <FixForm hit={hit} where={where} actions={actions} onDone={() => setMode('idle')} /> : null}
          {mode === 'accept' ? (
            <AcceptForm hit={hit} name={name} actions={actions} onDone={() => setMode('idle')} />
          ) : null}
        </>
      ) : acceptance ? (
        <p className="flag__accepted">
          Accepted: {acceptance.reason}{' '}
          <button
            type="button"
            aria-label={`Take back the acceptance of ${name}`}
            onClick={() => actions.takeBack(acceptance)}
          >
            Take back
          </button>
        </p>
      ) : null}
    </li>
  );
}

function FixForm({
  hit,
  where,
  actions,
  onDone,
}: {
  hit: AttributionHit;
  where: string;
  actions: CheckActions;
  onDone: () => void;
}) {
  const [text, setText] = useState(() => actions.textOf(hit));
  const id = `fix-${hitKey(hit).replace(/[^A-Za-z0-9]+/g, '-')}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await actions.fix(hit, text)) onDone();
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flag__form">
      <label htmlFor={id}>{where}</label>
      <textarea id={id} value={text} rows={3} required onChange={(event) => setText(event.target.value)} />
      <div className="flag__actions">
        <button type="submit">Save the fix</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AcceptForm({
  hit,
  name,
  actions,
  onDone,
}: {
  hit: AttributionHit;
  name: string;
  actions: CheckActions;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const id = `accept-${hitKey(hit).replace(/[^A-Za-z0-9]+/g, '-')}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    if (await actions.accept(hit, reason.trim())) onDone();
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flag__form" aria-label={`Accept ${name}`}>
      <label htmlFor={id}>Why is this not an attribution?</label>
      <textarea
        id={id}
        value={reason}
        rows={2}
        required
        maxLength={1000}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flag__actions">
        <button type="submit">Accept with this reason</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

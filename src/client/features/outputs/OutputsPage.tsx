import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { layoutDeck } from '../../../domain/outputs/layoutDeck';
import { checkPublication } from '../../../domain/outputs/publicationCheck';
import type { OutputDocument } from '../../../domain/outputs/outputDocument';
import { snapshotKinds, type SnapshotKind } from '../../../domain/records/publishedSnapshot';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { useSaving } from '../../services/useSaving';
import { acceptHit, withdrawAcceptance } from '../../store/attributionAcceptanceRepository';
import { editFinding } from '../../store/findingRepository';
import { publishSnapshot, withdrawSnapshot } from '../../store/publishedSnapshotRepository';
import { editRecommendationText } from '../../store/recommendationRepository';
import { AttributionCheckList, type CheckActions } from './AttributionCheckList';
import { DraftTexts, draftFieldId } from './DraftTexts';
import { BlockedMessage, blockedId, ExportActions } from './ExportActions';
import { enterFullScreen } from './fullScreen';
import { fieldText } from './hitSource';
import { LetterView } from './LetterView';
import { kindFromPath, kindNames, kindPaths, textHitsWords } from './outputWords';
import { PrintNotice } from './PrintNotice';
import { PublishSection, type PublishActions } from './PublishSection';
import { SlideView } from './SlideView';
import { useOutput } from './useOutput';
import { warmCheckAtIdle } from './warmCheckAtIdle';
import './outputs.css';

// As soon as this screen's chunk loads: the check's first run is the slow one.
warmCheckAtIdle();

/**
 * The challenge manager's outputs: the feedback presentation and the summary letter, each
 * with the manager's own words, a live preview, the non-attribution check, export and
 * publishing to the council. Peers and the council do not prepare outputs.
 */
export function OutputsPage() {
  const { identity } = useEngagementContext();
  const kind = kindFromPath(useParams().kind);
  const base = `/engagements/${identity.engagementId}`;
  return (
    <main className="outputs">
      <p className="no-print">
        <Link to={`${base}/evening`} className="button-link">
          Evening
        </Link>
      </p>
      <h1 className="no-print">Presentation and letter</h1>
      {identity.role !== 'manager' ? (
        <p>The challenge manager prepares the presentation and the letter, and publishes them to the council.</p>
      ) : (
        <>
          <nav aria-label="Outputs" className="outputs__kinds no-print">
            {snapshotKinds.map((one) => (
              <Link
                key={one}
                to={`${base}/outputs/${kindPaths[one]}`}
                aria-current={one === kind ? 'page' : undefined}
                className="button-link"
              >
                {kindNames[one]}
              </Link>
            ))}
          </nav>
          <OutputEditor key={kind} engagementId={identity.engagementId} kind={kind} />
        </>
      )}
    </main>
  );
}

function OutputEditor({ engagementId, kind }: { engagementId: string; kind: SnapshotKind }) {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const output = useOutput(engagementId, kind);
  const { run, error } = useSaving();
  const actor = useMemo(() => ({ memberId: identity.memberId, role: identity.role }), [identity]);

  if (output === undefined) return <p role="status">Opening…</p>;
  if (output === null) return <p>This engagement is not on this device yet.</p>;
  const { sources, document, hits, unresolved, acceptances, snapshots } = output;

  const checkActions: CheckActions = {
    textOf: (hit) => fieldText(sources, hit),
    fix: (hit, text) =>
      run(() =>
        hit.recordType === 'finding'
          ? editFinding(db, actor, hit.recordId, hit.field === 'headline' ? { headline: text } : { explanation: text })
          : editRecommendationText(db, engagementId, hit.recordId, text),
      ),
    setupPath: `/engagements/${engagementId}/setup`,
    fixElsewhere: (hit) => {
      const box = window.document.getElementById(draftFieldId(kind, hit.field));
      if (box instanceof HTMLTextAreaElement) {
        box.focus();
        box.setSelectionRange(hit.start, hit.end);
      }
    },
    accept: (hit, reason) =>
      run(() => acceptHit(db, { engagementId, outputKind: kind, hit, reason, memberId: identity.memberId })),
    takeBack: (acceptance) => void run(() => withdrawAcceptance(db, engagementId, acceptance.id)),
  };
  const members = new Map(sources.members.map((member) => [member.id, member.displayName]));
  const publishActions: PublishActions = {
    // The text to publish is checked as the server will check it (checkPublication); what
    // it relies on goes with it.
    publish: async () => {
      const check = checkPublication(sources, document, acceptances, { document, hits, unresolved });
      if (check.unresolved.length > 0) return { status: 'not saved' };
      if (check.uncoveredInText.length > 0) return { status: 'stopped', why: textHitsWords(check.uncoveredInText) };
      const saved = await run(() => publishSnapshot(db, engagementId, document, check.reliedOn));
      return saved ? { status: 'published' } : { status: 'not saved' };
    },
    withdraw: (snapshot) => run(() => withdrawSnapshot(db, engagementId, snapshot.id)),
    memberName: (memberId) => members.get(memberId) ?? 'a former team member',
  };

  return (
    <div className="outputs__editor">
      <div className="outputs__work">
        {error ? (
          <p role="alert" className="error no-print">
            Not saved: {error.message}
          </p>
        ) : null}
        <DraftTexts engagementId={engagementId} kind={kind} draft={sources.draft} />
        <AttributionCheckList hits={hits} unresolved={unresolved} acceptances={acceptances} actions={checkActions} />
        <BlockedMessage unresolvedCount={unresolved.length} />
        <ExportActions output={document} unresolvedCount={unresolved.length} />
        <PublishSection
          output={document}
          unresolvedCount={unresolved.length}
          snapshots={snapshots}
          actions={publishActions}
        />
      </div>
      <Preview engagementId={engagementId} output={document} unresolvedCount={unresolved.length} />
    </div>
  );
}

/**
 * The output as it will look. Printed (Ctrl+P as well as the Print button), it gives the
 * output alone, or only a notice while the check has a flag neither fixed nor accepted.
 * The slideshow starts from here, asking for full screen in the same click.
 */
function Preview({
  engagementId,
  output,
  unresolvedCount,
}: {
  engagementId: string;
  output: OutputDocument;
  unresolvedCount: number;
}) {
  const navigate = useNavigate();
  const slides = useMemo(() => (output.kind === 'presentation' ? layoutDeck(output) : []), [output]);
  const blocked = unresolvedCount > 0;
  const startSlideshow = () => {
    enterFullScreen();
    void navigate(`/engagements/${engagementId}/outputs/presentation/slideshow`);
  };
  return (
    <section
      aria-labelledby="preview-heading"
      className={blocked ? 'outputs__preview output-print output-print--blocked' : 'outputs__preview output-print'}
    >
      <h2 id="preview-heading" className="no-print">
        Preview
      </h2>
      {blocked ? <PrintNotice /> : null}
      {output.kind === 'presentation' ? (
        <>
          <p className="no-print">
            <button
              type="button"
              disabled={blocked}
              aria-describedby={blocked ? blockedId : undefined}
              onClick={startSlideshow}
            >
              Start the slideshow
            </button>{' '}
            <span className="muted">{slides.length} slides</span>
          </p>
          <ol className="slide-previews" aria-label="Slides">
            {slides.map((slide, index) => (
              <li key={index} aria-label={`Slide ${index + 1} of ${slides.length}`}>
                <SlideView slide={slide} first={index === 0} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <LetterView letter={output} />
      )}
    </section>
  );
}

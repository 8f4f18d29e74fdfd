import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { layoutDeck } from '../../../domain/outputs/layoutDeck';
import { useEngagementContext } from '../../services/engagementContext';
import { flagCount } from './outputWords';
import { PrintNotice } from './PrintNotice';
import { Slideshow } from './Slideshow';
import { SlideView } from './SlideView';
import { useOutput } from './useOutput';
import './outputs.css';

/**
 * The presentation as a slideshow, from what is on this device (it works offline). Printing
 * it gives one slide per page. It is shown to the council, so it does not start while the
 * non-attribution check has a flag neither fixed nor accepted: the page says why and leads
 * back to the check (and printing it gives only a notice).
 */
export function SlideshowPage() {
  const { identity } = useEngagementContext();
  const navigate = useNavigate();
  const output = useOutput(identity.engagementId, 'presentation');
  const slides = useMemo(() => (output ? layoutDeck(output.document) : []), [output]);
  if (identity.role !== 'manager') {
    return (
      <main>
        <h1>Slideshow</h1>
        <p>The challenge manager shows the presentation.</p>
      </main>
    );
  }
  if (output === undefined) return <p role="status">Opening…</p>;
  if (output === null) return <p>This engagement is not on this device yet.</p>;
  const outputs = `/engagements/${identity.engagementId}/outputs/presentation`;
  const unresolved = output.unresolved.length;
  if (unresolved > 0) {
    return (
      <main>
        <h1 className="no-print">Slideshow</h1>
        <p className="no-print">
          The slideshow is not shown while the non-attribution check’s {flagCount(unresolved)}{' '}
          {unresolved === 1 ? 'is' : 'are'} neither fixed nor accepted: the council would see{' '}
          {unresolved === 1 ? 'it' : 'them'}.
        </p>
        <p className="no-print">
          <Link to={`${outputs}#check-heading`} className="button-link">
            Go to the non-attribution check
          </Link>
        </p>
        <div className="output-print output-print--blocked">
          <PrintNotice />
        </div>
      </main>
    );
  }
  return (
    <main className="slideshow-page">
      <h1 className="visually-hidden">Slideshow</h1>
      <Slideshow title={output.document.title} slides={slides} onExit={() => void navigate(outputs)} />
      <div className="output-print slides-print" aria-hidden="true">
        {slides.map((slide, index) => (
          <SlideView key={index} slide={slide} first={index === 0} />
        ))}
      </div>
    </main>
  );
}

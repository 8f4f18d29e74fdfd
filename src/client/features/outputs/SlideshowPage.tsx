import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { layoutDeck } from '../../../domain/outputs/layoutDeck';
import { useEngagementContext } from '../../services/engagementContext';
import { Slideshow } from './Slideshow';
import { SlideView } from './SlideView';
import { useOutput } from './useOutput';
import './outputs.css';

/**
 * The presentation as a slideshow, from what is on this device (it works offline). Printing
 * it gives one slide per page.
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
  return (
    <main className="slideshow-page">
      <h1 className="visually-hidden">Slideshow</h1>
      <Slideshow
        title={output.document.title}
        slides={slides}
        onExit={() => void navigate(`/engagements/${identity.engagementId}/outputs/presentation`)}
      />
      <div className="output-print slides-print" aria-hidden="true">
        {slides.map((slide, index) => (
          <SlideView key={index} slide={slide} first={index === 0} />
        ))}
      </div>
    </main>
  );
}

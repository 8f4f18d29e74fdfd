import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { slideHeading } from '../../../domain/outputs/layoutDeck';
import type { Slide } from '../../../domain/outputs/outputDocument';
import { enterFullScreen, fullScreenOffered, leaveFullScreen } from './fullScreen';
import { SlideView } from './SlideView';

/** A swipe is a sideways drag at least this long (CSS px). */
const swipeDistance = 50;

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The presentation shown in the app, offline (it draws the deck model, nothing is
 * fetched): it fills the window, and the screen when full screen was granted. Full screen
 * is asked for in the tap that starts the slideshow (enterFullScreen), since browsers
 * that need a user gesture refuse it later; when it was refused or left, a "Full screen"
 * button asks again, in its own tap. Arrows, Page Up/Down, Home/End and swipes move
 * between slides, Escape ends it. Each slide has its own name, and "Slide 3 of 12" is
 * announced as it changes.
 */
export function Slideshow({ title, slides, onExit }: { title: string; slides: readonly Slide[]; onExit: () => void }) {
  const [index, setIndex] = useState(0);
  const last = Math.max(0, slides.length - 1);
  const current = Math.min(index, last);
  const root = useRef<HTMLDivElement>(null);
  const swipeStart = useRef<number | null>(null);
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(last, to))), [last]);
  const exitRef = useRef(onExit);
  useEffect(() => {
    exitRef.current = onExit;
  });

  const [fullScreen, setFullScreen] = useState(() => Boolean(document.fullscreenElement));

  // Whether the page is in full screen now (granted after the start, or left with the
  // browser's own Escape): the "Full screen" button shows while it is not. The slideshow
  // leaves full screen when it goes; a remount in place (React's development checks)
  // keeps its element in the page and is not a going.
  useEffect(() => {
    const element = root.current;
    element?.focus();
    const onChange = () => setFullScreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    onChange();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      setTimeout(() => {
        if (!element?.isConnected) leaveFullScreen();
      }, 0);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // A focused button takes Space and Enter itself.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (nextKeys.has(event.key)) setIndex((at) => Math.min(last, at + 1));
      else if (previousKeys.has(event.key)) setIndex((at) => Math.max(0, at - 1));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(last);
      else if (event.key === 'Escape') exitRef.current();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last]);

  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = event.clientX;
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start === null) return;
    const distance = event.clientX - start;
    if (distance <= -swipeDistance) go(current + 1);
    else if (distance >= swipeDistance) go(current - 1);
  };

  const slide = slides[current];
  const position = `Slide ${current + 1} of ${slides.length}`;
  return (
    <div
      ref={root}
      className="slideshow"
      role="region"
      aria-label={`Slideshow: ${title}`}
      tabIndex={-1}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (swipeStart.current = null)}
    >
      {slide ? (
        <section
          className="slideshow__slide"
          aria-roledescription="slide"
          aria-label={`${position}: ${slideHeading(slide)}`}
        >
          <SlideView slide={slide} first={current === 0} />
        </section>
      ) : (
        <p>This presentation has no slides yet.</p>
      )}
      <div className="slideshow__controls">
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          Previous slide
        </button>
        <p className="slideshow__position" aria-live="polite" aria-atomic="true">
          {position}
        </p>
        <button type="button" onClick={() => go(current + 1)} disabled={current >= last}>
          Next slide
        </button>
        {fullScreenOffered() && !fullScreen ? (
          <button type="button" onClick={enterFullScreen}>
            Full screen
          </button>
        ) : null}
        <button type="button" onClick={onExit}>
          End slideshow
        </button>
      </div>
    </div>
  );
}

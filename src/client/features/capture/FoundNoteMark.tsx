import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

type Props = {
  /** This is the note opened from a search result. */
  found: boolean;
  /** Focus has gone elsewhere in the page: the person has moved on from the found note. */
  onMoveOn: () => void;
  children: ReactNode;
};

/**
 * Around every note in a session, so that marking one and clearing the mark never
 * remounts what is inside (a text box being typed in). The note opened from Search is
 * labelled "Found by search", outlined, and takes focus, so a screen reader and the eye
 * both land on it; it is brought to the middle of the screen, clear of the bars.
 */
export function FoundNoteMark({ found, onMoveOn, children }: Props) {
  const labelId = useId();
  const region = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = region.current;
    if (!found || !element) return;
    element.focus({ preventScroll: true });
    // jsdom has no scrolling.
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  }, [found]);

  // One shape found or not (the label's place held by null), so the note is never remounted.
  return (
    <div
      ref={region}
      className={found ? 'found-note' : undefined}
      role={found ? 'region' : undefined}
      aria-labelledby={found ? labelId : undefined}
      tabIndex={found ? -1 : undefined}
      onBlur={
        found
          ? (event) => {
              const element = event.currentTarget;
              // A link followed changes the address at once, before the next screen is drawn:
              // moving on then would bring the browser back to this session.
              const address = window.location.href;
              // Read once focus has landed: leaving with the window (another app, the tablet
              // locking) is not moving on, nor is the page being left.
              setTimeout(() => {
                if (window.location.href !== address || !element.isConnected) return;
                if (!document.hasFocus() || element.contains(document.activeElement)) return;
                onMoveOn();
              });
            }
          : undefined
      }
    >
      {found ? (
        <p id={labelId} className="found-note__label">
          Found by search
        </p>
      ) : null}
      {children}
    </div>
  );
}

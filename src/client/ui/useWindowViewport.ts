import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export type WindowViewport = {
  /** How far the window's top is below the element's top (px; negative above it). */
  scrollTop: number;
  /** The window's height (px). */
  height: number;
};

function read(element: HTMLElement | null): WindowViewport {
  const height = window.innerHeight > 0 ? window.innerHeight : 800;
  return { scrollTop: element ? -element.getBoundingClientRect().top : 0, height };
}

/**
 * Where the window is over `element`, as the page scrolls or resizes. It changes only once
 * the view has moved `step` px, so a list with more than `step` px of overscan re-renders a
 * few times a screen rather than on every scroll event. `onScroll` runs on every frame that
 * scrolled, for work that must follow the scroll exactly.
 */
export function useWindowViewport(
  element: RefObject<HTMLElement | null>,
  enabled: boolean,
  step: number,
  onScroll: () => void,
): WindowViewport {
  const [viewport, setViewport] = useState<WindowViewport>(() => read(null));
  const onScrollRef = useRef(onScroll);
  onScrollRef.current = onScroll;

  useLayoutEffect(() => {
    if (!enabled) return undefined;
    let frame: number | null = null;
    const update = () => {
      frame = null;
      onScrollRef.current();
      const next = read(element.current);
      setViewport((current) =>
        Math.abs(current.scrollTop - next.scrollTop) < step && current.height === next.height ? current : next,
      );
    };
    const schedule = () => {
      if (frame !== null) return;
      // jsdom has no animation frames unless asked to pretend.
      if (typeof requestAnimationFrame === 'undefined') update();
      else frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [element, enabled, step]);

  return viewport;
}

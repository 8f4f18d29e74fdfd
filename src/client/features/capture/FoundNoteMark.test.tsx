// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FoundNoteMark } from './FoundNoteMark';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** A found note, and a link elsewhere on the page (as the header's). */
function renderFound(onMoveOn: () => void) {
  window.history.replaceState(null, '', '/engagements/e/sessions/s?note=n');
  render(
    <>
      <FoundNoteMark found onMoveOn={onMoveOn}>
        <p>Note 3</p>
      </FoundNoteMark>
      <a href="/engagements/e/timetable">Timetable</a>
    </>,
  );
  const region = screen.getByRole('region');
  expect(region).toHaveFocus();
}

describe('the mark on a note opened from Search', () => {
  it('is dropped when focus moves elsewhere on the same screen', () => {
    const onMoveOn = vi.fn();
    renderFound(onMoveOn);
    act(() => screen.getByRole('link', { name: 'Timetable' }).focus());
    act(() => vi.runAllTimers());
    expect(onMoveOn).toHaveBeenCalledTimes(1);
  });

  it('is left alone when a link followed has changed the address: dropping it would bring the browser back', () => {
    const onMoveOn = vi.fn();
    renderFound(onMoveOn);
    act(() => {
      screen.getByRole('link', { name: 'Timetable' }).focus();
      // The router changes the address as the link is followed, before the next screen is drawn.
      window.history.pushState(null, '', '/engagements/e/timetable');
    });
    act(() => vi.runAllTimers());
    expect(onMoveOn).not.toHaveBeenCalled();
  });
});

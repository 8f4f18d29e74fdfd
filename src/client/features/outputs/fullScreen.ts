/** Whether this browser offers full screen for the page (iPhone Safari does not). */
export function fullScreenOffered(): boolean {
  return document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

/**
 * Asks for the whole page in full screen. Call it in the handler of the person's own tap or
 * click: browsers that need a user gesture (iPad Safari) refuse a request made later, as
 * from an effect after a route loads. The slideshow fills the window either way, so a
 * refusal is not an error.
 */
export function enterFullScreen(): void {
  if (!fullScreenOffered() || document.fullscreenElement) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen if the page is in it. */
export function leaveFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

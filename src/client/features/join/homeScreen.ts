/** What the join page needs to know about the browser, passed in so tests can pick one. */
export type BrowserTraits = { userAgent: string; maxTouchPoints: number; standalone: boolean };

export function currentBrowserTraits(): BrowserTraits {
  const legacyStandalone = 'standalone' in navigator && (navigator as { standalone?: unknown }).standalone === true;
  const displayStandalone =
    typeof window.matchMedia === 'function' && window.matchMedia('(display-mode: standalone)').matches;
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: legacyStandalone || displayStandalone,
  };
}

/**
 * On an iPhone or iPad (iPadOS says "Macintosh" but has a touch screen), every browser
 * is Safari underneath: it may delete the data of a site not added to the Home Screen,
 * and the Home Screen app does not share storage with the browser tab. So joining must
 * happen inside the installed app, unless it already runs as one.
 */
export function shouldInstallBeforeJoining({ userAgent, maxTouchPoints, standalone }: BrowserTraits): boolean {
  if (standalone) return false;
  const iPhoneOrIPad = /iPhone|iPad|iPod/.test(userAgent);
  const iPadAsDesktop = /Macintosh/.test(userAgent) && maxTouchPoints > 1;
  return iPhoneOrIPad || iPadAsDesktop;
}

/** The invite code in a pasted join link (…/join/<code>) or a bare code; null when there is none. */
export function joinCodeFrom(text: string): string | null {
  const trimmed = text.trim();
  const fromLink = /\/join\/([A-Za-z0-9_-]{8,128})\/?(?:[?#].*)?$/.exec(trimmed);
  if (fromLink?.[1]) return fromLink[1];
  return /^[A-Za-z0-9_-]{8,128}$/.test(trimmed) ? trimmed : null;
}

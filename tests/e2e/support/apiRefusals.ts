import type { Page, Request, Response } from 'playwright-core';

/** A refusal of the app's API: the route is not for this device's role (403), or its token was not taken (401). */
const refusedStatuses = new Set([401, 403]);

const isApiCall = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');

/**
 * Listens to every call the page makes to the app's API from now on; start it once the
 * device has joined. A screen of a peer or the council must never call a route its role
 * may not use (issue 10, point 11). `refusals()` waits for the calls still on their way,
 * then lists each refused one as "403 GET /api/engagements/…/invites", in order; it is
 * empty when there was none.
 */
export function watchApiRefusals(page: Page): { refusals: () => Promise<string[]> } {
  const found: string[] = [];
  const onTheirWay = new Set<Request>();
  const record = (response: Response) => {
    const request = response.request();
    if (!onTheirWay.delete(request) || !refusedStatuses.has(response.status())) return;
    const url = new URL(response.url());
    found.push(`${response.status()} ${request.method()} ${url.pathname}${url.search}`);
  };
  page.on('request', (request) => {
    if (isApiCall(request)) onTheirWay.add(request);
  });
  page.on('response', record);
  page.on('requestfailed', (request) => onTheirWay.delete(request));
  return {
    refusals: async () => {
      // A call the last screen started is answered before the list is read (null if the page closed first).
      for (const request of [...onTheirWay]) {
        const response = await request.response().catch(() => null);
        if (response) record(response);
        else onTheirWay.delete(request);
      }
      return [...found];
    },
  };
}

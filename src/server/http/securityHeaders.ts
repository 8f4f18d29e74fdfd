import type { MiddlewareHandler } from 'hono';

/**
 * The app's policy: scripts only from its own files (the built index.html has no inline
 * script; the service worker is registered from the bundle). Styles allow inline because
 * React style props and the PDF and image exports set them; no script can come that way.
 * Photos show as blob: URLs, invite QR codes as data: ones.
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON answers are data, never a page: nothing may load from them or frame them. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Features the app never uses are off; fullscreen is for the slideshow. */
export const permissionsPolicy =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), fullscreen=(self)';

/** A year, the usual HSTS length; only sent when the public address is https. */
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer, pages and API alike. A route that sets its own
 * Content-Security-Policy (photos) keeps it. No `Referrer-Policy` leak: join codes are
 * in URLs. HSTS only when `PUBLIC_URL` is https, so a plain-http trial on a laptop is
 * never pinned to https by the browser.
 */
export function securityHeaders(publicUrl: string | undefined): MiddlewareHandler {
  const https = publicUrl?.startsWith('https://') === true;
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const api = c.req.path.startsWith('/api/');
    if (!headers.has('Content-Security-Policy')) {
      headers.set('Content-Security-Policy', api ? apiContentSecurityPolicy : appContentSecurityPolicy);
    }
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Permissions-Policy', permissionsPolicy);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (https) headers.set('Strict-Transport-Security', strictTransportSecurity);
  };
}

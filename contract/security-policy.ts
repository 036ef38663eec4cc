// The content security policy and the headers every response of ours
// carries: the app window's session (electron/main.ts), `serve`
// (services/http) and the renderer's own build (renderer/vite.config.ts)
// all send the same policy. Pure.

/**
 * Everything from the app itself: no remote hosts, no inline scripts, no eval.
 * Inline styles stay allowed for React's style props; data:/blob: images for
 * pictures picked into a block and pdf.js canvases; blob: workers for pdf.js.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dev server (electron-vite, `npm start` only) injects an inline script
 * for hot reload and talks to it over a websocket; the packaged app never
 * gets this policy.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws:");

export function contentSecurityPolicy(dev: boolean): string {
  return dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

/** Headers every response of ours carries (the window's session and `serve`). */
export function securityHeaders(dev = false): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(dev),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

// Builds the React UI into out/renderer. The same files are loaded by the
// Electron window (file://, hence relative `base`) and served by `cli serve`.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from '../contract/security-policy.js';

/**
 * The built page carries the app's CSP as a meta tag as well as the header
 * the window and `serve` send, so the file is safe wherever it is opened.
 * Build only: the dev server needs an inline script for hot reload, and gets
 * the dev policy from the Electron session. `frame-ancestors` works only as a
 * header (browsers warn about it in a meta tag), so it is left out here.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'anpham-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // pdf.js is large by nature; splitting it further gains nothing offline.
    chunkSizeWarningLimit: 2000,
  },
});

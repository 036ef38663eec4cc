// The legal-content screens, addressed by the URL hash like the rest of the
// app: #/library (the content library and the laws it cites) and
// #/p/<id>/versions (approval history and the comparison of two versions).
import { useHashRoute } from '../route.js';

export type ContentRoute = { screen: 'library' } | { screen: 'versions'; id: string };

export function parseContentRoute(hash: string): ContentRoute | undefined {
  if (hash === '#/library') return { screen: 'library' };
  const versions = /^#\/p\/([A-Za-z0-9_-]{1,80})\/versions$/.exec(hash);
  return versions ? { screen: 'versions', id: versions[1] } : undefined;
}

export function useContentRoute(): ContentRoute | undefined {
  return useHashRoute(parseContentRoute);
}

export const LIBRARY_HREF = '#/library';
export const versionsHref = (id: string) => `#/p/${id}/versions`;

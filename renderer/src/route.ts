// Two screens, addressed by the URL hash so a reload (or Electron restoring the
// window) comes back to the same one: `#/` the list, `#/p/<id>` an editor.
import { useEffect, useState } from 'react';

export type Route = { screen: 'list' } | { screen: 'editor'; id: string };

function parse(hash: string): Route {
  const match = /^#\/p\/([A-Za-z0-9_-]{1,80})$/.exec(hash);
  return match ? { screen: 'editor', id: match[1] } : { screen: 'list' };
}

/** The current hash, read through `parse`, kept up to date: every screen family's route hook is this. */
export function useHashRoute<T>(parse: (hash: string) => T): T {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [parse]);
  return route;
}

export function useRoute(): Route {
  return useHashRoute(parse);
}

export function publicationHref(id: string): string {
  return `#/p/${id}`;
}

export function openPublication(id: string): void {
  window.location.hash = publicationHref(id);
}

export function openList(): void {
  window.location.hash = '#/';
}

// The library's items for a search, fetched as the query changes (folding
// case and diacritics is the service's job: "tro giup" finds "trợ giúp").
import { useEffect, useState } from 'react';
import type { LibraryItem, LibraryKind } from '../../../contract/library.js';
import { api, errorMessage } from '../api/client.js';

export interface LibraryFilter {
  query: string;
  topic: string;
  kind: LibraryKind | '';
}

export function useLibrarySearch(filter: LibraryFilter, refresh = 0) {
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    const input = {
      ...(filter.query.trim() && { query: filter.query.trim() }),
      ...(filter.topic && { topic: filter.topic }),
      ...(filter.kind && { kind: filter.kind }),
    };
    api.call('library.search', input)
      .then((found) => { if (live) { setItems(found); setError(''); } })
      .catch((e) => live && setError(errorMessage(e)));
    return () => { live = false; };
  }, [filter.query, filter.topic, filter.kind, refresh]);
  return { items, error };
}

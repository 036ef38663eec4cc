// Search box and filters of the library, and the list of items found. Each
// item can be acted on by the screen that shows the list (insert into the
// open publication, or nothing more than reading it).
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, type LibraryItem, type LibraryKind } from '../../../contract/library.js';
import { api } from '../api/client.js';
import { blockPreview } from './blockPreview.js';
import { useLibrarySearch, type LibraryFilter } from './useLibrary.js';

interface Props {
  /** Buttons shown with each item. */
  actions?(item: LibraryItem): ReactNode;
  refresh?: number;
}

export function LibrarySearch({ actions, refresh }: Props) {
  const { t } = useTranslation('library');
  const [filter, setFilter] = useState<LibraryFilter>({ query: '', topic: '', kind: '' });
  const [topics, setTopics] = useState<string[]>([]);
  const { items, error } = useLibrarySearch(filter, refresh);
  useEffect(() => {
    api.call('library.catalogue', {}).then((c) => setTopics(c.topics)).catch(() => setTopics([]));
  }, [refresh]);

  return (
    <section className="library-search" aria-label={t('search.section')}>
      <div className="field-row">
        <label className="grow">
          <span>{t('search.query')}</span>
          <input type="search" value={filter.query} placeholder={t('search.example')}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
        </label>
        <label>
          <span>{t('search.topic')}</span>
          <select value={filter.topic} onChange={(e) => setFilter({ ...filter, topic: e.target.value })}>
            <option value="">{t('search.all')}</option>
            {topics.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>
          <span>{t('search.kind')}</span>
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as LibraryKind | '' })}>
            <option value="">{t('search.all')}</option>
            {LIBRARY_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
      </div>
      {error && <p className="message error" role="alert">{error}</p>}
      {items && <p className="hint" role="status">{items.length ? t('search.found', { count: items.length }) : t('search.nothing')}</p>}
      <ul className="library-items" data-testid="library-results">
        {items?.map((item) => (
          <li key={item.id} className="library-item">
            <div>
              <strong>{item.title}</strong> <span className="muted small">({t(`kind.${item.kind}`)} · {item.topics.join(', ')})</span>
              <p className="small">{blockPreview(item.block, t)}</p>
            </div>
            {actions && <div className="library-actions">{actions(item)}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

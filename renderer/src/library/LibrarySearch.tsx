// Search box and filters of the library, and the list of items found. Each
// item can be acted on by the screen that shows the list (insert into the
// open publication, or nothing more than reading it).
import { useEffect, useState, type ReactNode } from 'react';
import { LIBRARY_KINDS, LIBRARY_KIND_LABELS, type LibraryItem, type LibraryKind } from '../../../electron/library/api.js';
import { api } from '../api/client.js';
import { blockPreview } from './blockPreview.js';
import { useLibrarySearch, type LibraryFilter } from './useLibrary.js';

interface Props {
  /** Buttons shown with each item. */
  actions?(item: LibraryItem): ReactNode;
  refresh?: number;
}

export function LibrarySearch({ actions, refresh }: Props) {
  const [filter, setFilter] = useState<LibraryFilter>({ query: '', topic: '', kind: '' });
  const [topics, setTopics] = useState<string[]>([]);
  const { items, error } = useLibrarySearch(filter, refresh);
  useEffect(() => {
    api.call('library.catalogue', {}).then((c) => setTopics(c.topics)).catch(() => setTopics([]));
  }, [refresh]);

  return (
    <section className="library-search" aria-label="Tìm trong thư viện nội dung">
      <div className="field-row">
        <label className="grow">
          <span>Tìm (không cần gõ dấu)</span>
          <input type="search" value={filter.query} placeholder="ví dụ: tro giup, dat dai, dieu 7"
            onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
        </label>
        <label>
          <span>Chủ đề</span>
          <select value={filter.topic} onChange={(e) => setFilter({ ...filter, topic: e.target.value })}>
            <option value="">Tất cả</option>
            {topics.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>
          <span>Loại</span>
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as LibraryKind | '' })}>
            <option value="">Tất cả</option>
            {LIBRARY_KINDS.map((k) => <option key={k} value={k}>{LIBRARY_KIND_LABELS[k]}</option>)}
          </select>
        </label>
      </div>
      {error && <p className="message error" role="alert">{error}</p>}
      {items && <p className="hint" role="status">{items.length ? `${items.length} mục` : 'Không có mục nào khớp.'}</p>}
      <ul className="library-items" data-testid="library-results">
        {items?.map((item) => (
          <li key={item.id} className="library-item">
            <div>
              <strong>{item.title}</strong> <span className="muted small">({LIBRARY_KIND_LABELS[item.kind]} · {item.topics.join(', ')})</span>
              <p className="small">{blockPreview(item.block)}</p>
            </div>
            {actions && <div className="library-actions">{actions(item)}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

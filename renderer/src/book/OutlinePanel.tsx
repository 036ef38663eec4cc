// "Dàn ý": the chapters and sections of the book as they are typed, each with
// the page it is on in the last preview. A click opens the heading's block
// and shows its page.
import { useTranslation } from 'react-i18next';
import type { OutlineItem } from './outline.js';

interface Props {
  items: OutlineItem[];
  /** Label of the slot the headings come from ("Nội dung"). */
  slotLabel: string;
  onOpen(item: OutlineItem): void;
}

export function OutlinePanel({ items, slotLabel, onOpen }: Props) {
  const { t } = useTranslation('book');
  return (
    <nav className="outline" aria-labelledby="outline-title" data-testid="outline">
      <h2 id="outline-title">{t('outline.title')}</h2>
      {items.length === 0 ? (
        <p className="muted small">{t('outline.empty', { slot: slotLabel })}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.blockId} className={`outline-level-${item.level}`}>
              <button type="button" className="outline-entry" onClick={() => onOpen(item)}>
                <span className="outline-title">{item.title || t('outline.untitled')}</span>
                <span className="outline-page">
                  {item.page === undefined ? <span className="muted" title={t('outline.notYet')}>…</span> : <><span className="visually-hidden">{t('outline.page')} </span>{item.page}</>}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

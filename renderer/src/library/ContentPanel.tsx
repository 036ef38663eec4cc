// The legal-content tools of the open publication, above its blocks:
// approval, Word export, the content library (insert as link or copy),
// linked blocks the library has changed since, and pasting old text.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItem } from '../../../contract/library.js';
import type { Block, Publication } from '../../../contract/publication-format.js';
import { api } from '../api/client.js';
import { ApprovalBar } from '../approval/ApprovalBar.js';
import { ExportProgress } from '../exports/ExportProgress.js';
import { useExportJob, useJobState } from '../exports/useExportJob.js';
import { newBlockId } from '../editor/blocks.js';
import { LibrarySearch } from './LibrarySearch.js';
import { PasteImport } from './PasteImport.js';
import { LIBRARY_HREF } from './route.js';
import './library.css';

interface Props {
  id: string;
  publication: Publication;
  /** The slot the editor shows: where inserted blocks go. */
  slot: string;
  slotLabel: string;
  /** The publication as it is to be sent (what the editor saves and previews). */
  sent: Publication | null;
  onChange(next: Publication): void;
}

export function ContentPanel({ id, publication, slot, slotLabel, sent, onChange }: Props) {
  const { t } = useTranslation('library');
  const [message, setMessage] = useState('');
  const [items, setItems] = useState<Record<string, LibraryItem>>({});
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    api.call('library.search', {}).then((all) => setItems(Object.fromEntries(all.map((i) => [i.id, i])))).catch(() => setItems({}));
  }, [refresh]);

  const append = (blocks: Block[]) =>
    onChange({ ...publication, slots: { ...publication.slots, [slot]: [...(publication.slots[slot] ?? []), ...blocks] } });

  const insert = (item: LibraryItem, linked: boolean) => {
    const block = { ...structuredClone(item.block), id: newBlockId(), ...(linked && { library: { itemId: item.id, revision: item.revision } }) } as Block;
    append([block]);
    setMessage(t(linked ? 'panel.insertedLinked' : 'panel.insertedCopy', { title: item.title, slot: slotLabel }));
  };

  /** Linked blocks whose library item has changed since they were inserted. */
  const stale = useMemo(
    () => Object.values(publication.slots).flat().filter((b) => b.library && items[b.library.itemId] && items[b.library.itemId].revision !== b.library.revision),
    [publication, items],
  );
  const updateLinks = () => {
    const slots = Object.fromEntries(Object.entries(publication.slots).map(([name, blocks]) => [name, blocks.map((b) => {
      const item = b.library && items[b.library.itemId];
      return item && item.revision !== b.library!.revision ? ({ ...structuredClone(item.block), id: b.id, library: { itemId: item.id, revision: item.revision } } as Block) : b;
    })]));
    onChange({ ...publication, slots });
    setMessage(t('panel.linksUpdated', { count: stale.length }));
  };

  // The Word file is an export job like the PDF: saved through the app's dialog, progress and Huỷ when long.
  const docx = useExportJob();
  const docxRunning = useJobState(docx).running;
  const exportDocx = () => docx.run({ kind: 'docx', publication: sent ?? publication, publicationId: id });

  return (
    <section className="content-panel" aria-label={t('panel.label')}>
      <ApprovalBar id={id} />
      <div className="field-row">
        <button type="button" disabled={docxRunning} onClick={() => void exportDocx()}>{t('panel.exportDocx')}</button>
        <a href={LIBRARY_HREF}>{t('panel.openLibrary')}</a>
      </div>
      {stale.length > 0 && (
        <p className="message" role="status" data-testid="stale-links">
          {t('panel.stale', { count: stale.length })}{' '}
          <button type="button" onClick={updateLinks}>{t('panel.updateLinks')}</button>
        </p>
      )}
      {message && <p className="message" role="status">{message}</p>}
      <ExportProgress job={docx} />
      <details onToggle={(e) => (e.currentTarget.open ? setRefresh((n) => n + 1) : undefined)}>
        <summary>{t('panel.insertFromLibrary')}</summary>
        <LibrarySearch refresh={refresh} actions={(item) => (
          <>
            <button type="button" aria-label={t('panel.insertLinkNamed', { title: item.title })} onClick={() => insert(item, true)}>{t('panel.insertLink')}</button>
            <button type="button" aria-label={t('panel.insertCopyNamed', { title: item.title })} onClick={() => insert(item, false)}>{t('panel.insertCopy')}</button>
          </>
        )} />
      </details>
      <details>
        <summary>{t('panel.paste')}</summary>
        <PasteImport onBlocks={(blocks) => append(blocks.map((b) => ({ ...b, id: newBlockId() })))} />
      </details>
    </section>
  );
}

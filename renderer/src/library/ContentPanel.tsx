// The legal-content tools of the open publication, above its blocks:
// approval, Word export, the content library (insert as link or copy),
// linked blocks the library has changed since, and pasting old text.
import { useEffect, useMemo, useState } from 'react';
import type { LibraryItem } from '../../../electron/library/api.js';
import type { Block, Publication } from '../../../electron/publishing/publication.js';
import { api, errorMessage } from '../api/client.js';
import { ApprovalBar } from '../approval/ApprovalBar.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
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
    setMessage(`Đã chèn «${item.title}» vào cuối «${slotLabel}»${linked ? ' (liên kết với thư viện)' : ' (bản sao)'}.`);
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
    setMessage(`Đã cập nhật ${stale.length} khối theo thư viện.`);
  };

  const exportDocx = async () => {
    try {
      const result = await api.call('render.docx', { publication: sent ?? publication });
      downloadBytes(base64ToBytes(result.base64), result.fileName, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setMessage(`Đã xuất «${result.fileName}».`);
    } catch (e) {
      setMessage(`Chưa xuất được: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="content-panel" aria-label="Phê duyệt, thư viện và xuất Word">
      <ApprovalBar id={id} />
      <div className="field-row">
        <button type="button" onClick={() => void exportDocx()}>Xuất Word (.docx)</button>
        <a href={LIBRARY_HREF}>Mở thư viện nội dung</a>
      </div>
      {stale.length > 0 && (
        <p className="message" role="status" data-testid="stale-links">
          {stale.length} khối lấy từ thư viện đã có bản mới hơn.{' '}
          <button type="button" onClick={updateLinks}>Cập nhật theo thư viện</button>
        </p>
      )}
      {message && <p className="message" role="status">{message}</p>}
      <details onToggle={(e) => (e.currentTarget.open ? setRefresh((n) => n + 1) : undefined)}>
        <summary>Chèn từ thư viện nội dung</summary>
        <LibrarySearch refresh={refresh} actions={(item) => (
          <>
            <button type="button" aria-label={`Chèn liên kết: ${item.title}`} onClick={() => insert(item, true)}>Chèn (liên kết)</button>
            <button type="button" aria-label={`Chèn bản sao: ${item.title}`} onClick={() => insert(item, false)}>Chèn bản sao</button>
          </>
        )} />
      </details>
      <details>
        <summary>Dán văn bản (kể cả bảng mã cũ TCVN3, VNI)</summary>
        <PasteImport onBlocks={(blocks) => append(blocks.map((b) => ({ ...b, id: newBlockId() })))} />
      </details>
    </section>
  );
}

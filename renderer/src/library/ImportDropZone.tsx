// Drag a Word (.docx) or text (.txt) file onto the list, or choose one: it
// becomes a new publication (the leaflet template, the file's first line as
// its title), and opens. Old encodings are converted; doubtful words listed.
import { useState, type DragEvent } from 'react';
import type { ImportSummary } from '../../../electron/content/api.js';
import { api, errorMessage } from '../api/client.js';
import { openPublication } from '../route.js';
import { ImportNotes, encodingLine } from './ImportNotes.js';
import { LIBRARY_HREF } from './route.js';
import './library.css';

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportDropZone() {
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<(ImportSummary & { id: string; title: string }) | null>(null);

  const importOne = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      const result = await api.call('import.file', { fileName: file.name, base64: await fileBase64(file), encoding: 'auto' });
      // Nothing to check: go straight to the new publication.
      if (result.notes.length === 0) openPublication(result.id);
      else setDone(result);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void importOne(e.dataTransfer.files[0]);
  };

  return (
    <div className={`drop-zone${over ? ' over' : ''}`} data-testid="import-drop"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <p>
        Kéo thả tệp Word (.docx) hoặc văn bản (.txt) vào đây để nhập thành ấn phẩm mới — nhận cả bảng mã cũ TCVN3, VNI.{' '}
        <label className="link">
          hoặc chọn tệp…
          <input type="file" accept=".docx,.txt" hidden disabled={busy} onChange={(e) => void importOne(e.target.files?.[0])} />
        </label>
        {' · '}<a href={LIBRARY_HREF}>Thư viện nội dung</a>
      </p>
      {busy && <p role="status">Đang nhập…</p>}
      {error && <p className="message error" role="alert">Chưa nhập được: {error}</p>}
      {done && (
        <div className="message" role="status">
          <p>Đã nhập «{done.title}»; {encodingLine(done)}. <button type="button" onClick={() => openPublication(done.id)}>Mở ấn phẩm</button></p>
          <ImportNotes notes={done.notes} />
        </div>
      )}
    </div>
  );
}

// Drag a Word (.docx) or text (.txt) file onto the list, or choose one: it
// becomes a new publication (the leaflet template, the file's first line as
// its title), and opens. Old encodings are converted; doubtful words listed.
import { useState, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../contract/import.js';
import { api, errorMessage } from '../api/client.js';
import { openPublication } from '../route.js';
import { hasNativeDialogs, openWithDialog } from '../exports/desktop.js';
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
  const { t } = useTranslation('library');
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<(ImportSummary & { id: string; title: string }) | null>(null);

  const importOne = async (file: File | undefined) => {
    if (file) await importPicked(async () => ({ fileName: file.name, base64: await fileBase64(file) }));
  };
  // In the app the main process shows its open dialog and reads only the chosen file; a browser opens the file input.
  const chooseInApp = (e: MouseEvent) => {
    if (!hasNativeDialogs()) return;
    e.preventDefault();
    void importPicked(async () => {
      const picked = await openWithDialog('import');
      return picked?.opened ? picked : undefined;
    });
  };
  const importPicked = async (pick: () => Promise<{ fileName: string; base64: string } | undefined>) => {
    setBusy(true);
    setError('');
    try {
      const file = await pick();
      if (!file) return;
      const result = await api.call('import.file', { fileName: file.fileName, base64: file.base64, encoding: 'auto' });
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
        {t('import.drop')}{' '}
        <label className="link" onClick={chooseInApp}>
          {t('import.choose')}
          <input type="file" accept=".docx,.txt" hidden disabled={busy} onChange={(e) => void importOne(e.target.files?.[0])} />
        </label>
        {' · '}<a href={LIBRARY_HREF}>{t('import.library')}</a>
      </p>
      {busy && <p role="status">{t('import.busy')}</p>}
      {error && <p className="message error" role="alert">{t('import.failed', { reason: error })}</p>}
      {done && (
        <div className="message" role="status">
          <p>{t('import.done', { title: done.title, encoding: encodingLine(done, t) })} <button type="button" onClick={() => openPublication(done.id)}>{t('import.open')}</button></p>
          <ImportNotes notes={done.notes} />
        </div>
      )}
    </div>
  );
}

// Drag a Word (.docx) or text (.txt) file onto the list, or choose one: it
// becomes a new publication (the leaflet template, the file's first line as
// its title), and opens. Old encodings are converted; doubtful words listed.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../contract/import.js';
import { api, errorMessage } from '../api/client.js';
import { openPublication } from '../route.js';
import { ImportNotes, encodingLine } from './ImportNotes.js';
import { LIBRARY_HREF } from './route.js';
import { FilePicker, pickedFile, type PickedFile } from './FilePicker.js';
import './library.css';

export function ImportDropZone() {
  const { t } = useTranslation('library');
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<(ImportSummary & { id: string; title: string }) | null>(null);

  const importPicked = async (pick: () => Promise<PickedFile | undefined>) => {
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
    const file = e.dataTransfer.files[0];
    if (file) void importPicked(() => pickedFile(file));
  };

  return (
    <div className={`drop-zone${over ? ' over' : ''}`} data-testid="import-drop"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <p>
        {t('import.drop')}{' '}
        <FilePicker purpose="import" accept=".docx,.txt" className="link" disabled={busy} onPick={(pick) => void importPicked(pick)}>{t('import.choose')}</FilePicker>
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

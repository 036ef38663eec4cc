// Paste in the editor: text copied from an old document (TCVN3, VNI or
// decomposed Unicode) is converted to NFC and turned into blocks, and the
// words that could not be decided are listed for the writer to check.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../contract/import.js';
import type { Block } from '../../../contract/publication-format.js';
import { api, errorMessage } from '../api/client.js';
import { ImportNotes, encodingLine } from './ImportNotes.js';

export function PasteImport({ onBlocks }: { onBlocks(blocks: Block[]): void }) {
  const { t } = useTranslation('library');
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [error, setError] = useState('');

  const convert = async () => {
    try {
      const converted = await api.call('import.text', { text, encoding: 'auto' });
      onBlocks(converted.blocks);
      setResult(converted);
      setText('');
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div>
      <label>
        <span>{t('import.pasteLabel')}</span>
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} onPaste={(e) => {
          // Keep the clipboard's characters exactly (no NFC yet): the converter must see the old encoding as it is.
          e.preventDefault();
          setText(text + e.clipboardData.getData('text/plain'));
        }} />
      </label>
      <button type="button" disabled={!text.trim()} onClick={() => void convert()}>{t('import.convert')}</button>
      {error && <p className="message error" role="alert">{error}</p>}
      {result && <><p className="hint" role="status">{t('import.pasted', { encoding: encodingLine(result, t) })}</p><ImportNotes notes={result.notes} /></>}
    </div>
  );
}

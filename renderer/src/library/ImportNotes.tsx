// What an import could not decide, listed where the writer can check it.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../contract/import.js';

const ENCODINGS = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', unicode: 'Unicode' } as const;

/** What became of the text's encoding, as a clause for the import's message. */
export function encodingLine(summary: ImportSummary, t: TFunction<'library'>): string {
  if (summary.undecided) return t('import.undecided');
  return t(summary.decomposed ? 'import.convertedDecomposed' : 'import.converted', { encoding: ENCODINGS[summary.encoding] });
}

export function ImportNotes({ notes }: { notes: ImportSummary['notes'] }) {
  const { t } = useTranslation('library');
  if (notes.length === 0) return null;
  return (
    <div className="import-notes" role="note">
      <p><strong>{t('import.notes', { count: notes.length })}</strong></p>
      <ul>
        {notes.map((n, i) => <li key={i}>{t('import.note', { where: n.where, text: n.text, message: n.message })}</li>)}
      </ul>
    </div>
  );
}

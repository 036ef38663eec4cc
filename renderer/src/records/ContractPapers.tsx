// The contract, the acceptance record and the liquidation record, as Word or PDF files.
// The records take the number typed here (a blank to fill by hand when none); the contract keeps its own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractView } from '../../../contract/records.js';
import { CONTRACT_PAPERS, type ContractPaper, type PaperFormat } from '../../../contract/papers.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { Field } from './Field.js';

export function ContractPapers({ view }: { view: ContractView }) {
  const { t } = useTranslation('records');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [number, setNumber] = useState('');
  const generate = async (kind: ContractPaper, format: PaperFormat) => {
    setBusy(true);
    try {
      const doc = await api.call('papers.contract', { contractId: view.contract.id, kind, format, ...(kind === 'contract' ? {} : { number }) });
      downloadBytes(base64ToBytes(doc.base64), doc.fileName, doc.mimeType);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="rec-panel" aria-label={t('documents.title')}>
      <h2>{t('documents.title')}</h2>
      <p className="muted small">{t('documents.note')}</p>
      <Field label={t('documents.number')} value={number} onChange={setNumber} hint={t('documents.numberHint')} />
      <ul className="rec-docs">
        {CONTRACT_PAPERS.map((kind) => (
          <li key={kind}>
            <span>{t(`documents.kind.${kind}`)}</span>
            <button type="button" disabled={busy} onClick={() => void generate(kind, 'docx')}>{t('documents.word', { document: t(`documents.kind.${kind}`) })}</button>
            <button type="button" disabled={busy} onClick={() => void generate(kind, 'pdf')}>{t('documents.pdf', { document: t(`documents.kind.${kind}`) })}</button>
          </li>
        ))}
      </ul>
      {error && <p className="rec-error" role="alert">{error}</p>}
    </section>
  );
}

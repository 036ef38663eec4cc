// The contract, the acceptance record and the liquidation record, as Word or PDF files.
import { useState } from 'react';
import type { ContractView, DocumentFormat, DocumentKind } from '../../../electron/records/api.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';

const KINDS: [DocumentKind, string][] = [['contract', 'Hợp đồng'], ['acceptance', 'Biên bản nghiệm thu'], ['liquidation', 'Biên bản thanh lý']];

export function ContractDocuments({ view }: { view: ContractView }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const generate = async (kind: DocumentKind, format: DocumentFormat) => {
    setBusy(true);
    try {
      const doc = await api.call('documents.generate', { contractId: view.contract.id, kind, format });
      downloadBytes(base64ToBytes(doc.base64), doc.fileName, doc.mimeType);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="rec-panel" aria-label="Văn bản">
      <h2>Văn bản</h2>
      <p className="muted small">Theo thể thức Nghị định 30/2020/NĐ-CP: khổ A4, phông Times New Roman, Quốc hiệu và Tiêu ngữ.</p>
      <ul className="rec-docs">
        {KINDS.map(([kind, label]) => (
          <li key={kind}>
            <span>{label}</span>
            <button type="button" disabled={busy} onClick={() => void generate(kind, 'docx')}>{label} (Word)</button>
            <button type="button" disabled={busy} onClick={() => void generate(kind, 'pdf')}>{label} (PDF)</button>
          </li>
        ))}
      </ul>
      {error && <p className="rec-error" role="alert">{error}</p>}
    </section>
  );
}

// What an import could not decide, listed where the writer can check it.
import type { ImportSummary } from '../../../electron/content/api.js';

const ENCODINGS = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', unicode: 'Unicode' } as const;

export function encodingLine(summary: ImportSummary): string {
  if (summary.undecided) return 'không nhận ra bảng mã, văn bản được giữ nguyên';
  return `bảng mã ${ENCODINGS[summary.encoding]}${summary.decomposed ? ' tổ hợp' : ''} đã được chuyển sang Unicode dựng sẵn`;
}

export function ImportNotes({ notes }: { notes: ImportSummary['notes'] }) {
  if (notes.length === 0) return null;
  return (
    <div className="import-notes" role="note">
      <p><strong>{notes.length} chỗ cần kiểm tra:</strong></p>
      <ul>
        {notes.map((n, i) => <li key={i}>{n.where}: «{n.text}» — {n.message}</li>)}
      </ul>
    </div>
  );
}

// Preflight findings under the preview: what a print shop would object to.
// A finding about a block offers a button that takes the editor to it.
import type { Finding } from '../../../electron/publishing/findings.js';

const SEVERITY: Record<Finding['severity'], string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Lưu ý',
};

interface Props {
  findings: Finding[];
  /** "khối 3 trong «Nội dung»" for a block as the pipeline counted it. */
  describeBlock(slot: string, index: number): string;
  onShowBlock(slot: string, index: number): void;
}

export function Findings({ findings, describeBlock, onShowBlock }: Props) {
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">Kiểm tra trước khi in</h3>
      {findings.length === 0 ? (
        <p className="muted small">Không thấy vấn đề nào.</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={`finding ${f.severity}`}>
              <strong>{SEVERITY[f.severity]}:</strong> {f.message}
              {f.page !== undefined && <span className="muted"> (trang {f.page})</span>}
              {f.source && (
                <button type="button" className="link" onClick={() => onShowBlock(f.source!.slot, f.source!.index)}>
                  Đến {describeBlock(f.source.slot, f.source.index)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

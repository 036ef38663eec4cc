// Screen #/p/<id>/versions: the approval history of a publication and two of
// its versions compared — each block added, removed or changed, and in a
// changed block the words that differ.
import { useEffect, useState } from 'react';
import { APPROVAL_LABELS, type ApprovalView, type VersionComparison, type VersionRef } from '../../../electron/approval/api.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime } from '../format.js';
import '../library/library.css';

const KIND_LABELS = { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa', same: '' } as const;

export function CompareScreen({ id }: { id: string }) {
  const [view, setView] = useState<ApprovalView | null>(null);
  const [from, setFrom] = useState<VersionRef>(1);
  const [to, setTo] = useState<VersionRef>('current');
  const [diff, setDiff] = useState<VersionComparison | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api.call('approval.get', { id })
      .then((v) => { setView(v); if (v.versions.length) setFrom(v.versions.at(-1)!.version); })
      .catch((e) => setError(errorMessage(e)));
  }, [id]);
  useEffect(() => {
    if (!view?.versions.length) return;
    api.call('versions.compare', { id, from, to }).then(setDiff).catch((e) => setError(errorMessage(e)));
  }, [id, from, to, view]);

  const options = [...(view?.versions ?? []).map((v) => ({ value: String(v.version), label: `Phiên bản ${v.version} (${APPROVAL_LABELS[v.status]}, ${formatDateTime(v.savedAt)})` })), { value: 'current', label: 'Bản đang sửa' }];
  const parse = (value: string): VersionRef => (value === 'current' ? 'current' : Number(value));

  return (
    <div className="library-screen">
      <div className="toolbar">
        <a href={`#/p/${id}`}>← Về ấn phẩm</a>
        <h1>Phiên bản và so sánh</h1>
      </div>
      {error && <p className="message error" role="alert">{error}</p>}
      {view && (
        <>
          <h2>Lịch sử phê duyệt</h2>
          <ol>
            {view.history.map((e, i) => (
              <li key={i}>{formatDateTime(e.at)} — {APPROVAL_LABELS[e.status]} (phiên bản {e.version}){e.by && `, ${e.by}`}{e.note && `: «${e.note}»`}</li>
            ))}
          </ol>
          {view.versions.length === 0 ? <p className="muted">Chưa có phiên bản nào được trình duyệt.</p> : (
            <div className="field-row">
              <label><span>So sánh từ</span>
                <select value={String(from)} onChange={(e) => setFrom(parse(e.target.value))}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
              </label>
              <label><span>đến</span>
                <select value={String(to)} onChange={(e) => setTo(parse(e.target.value))}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
              </label>
            </div>
          )}
        </>
      )}
      {diff && (
        <>
          <p role="status">{diff.changed} khối sửa, {diff.added} khối thêm, {diff.removed} khối bỏ.</p>
          <ul className="diff-list" data-testid="diff">
            {diff.changes.filter((c) => c.kind !== 'same').map((c, i) => (
              <li key={i} className={c.kind}>
                <strong>{KIND_LABELS[c.kind]} · {c.label}</strong> <span className="muted small">({c.slot})</span>
                <p>
                  {c.kind === 'changed' ? c.words!.map((w, j) => (w.kind === 'added' ? <ins key={j}>{w.text}</ins> : w.kind === 'removed' ? <del key={j}>{w.text.trimEnd()}</del> : <span key={j}>{w.text}</span>))
                    : c.kind === 'added' ? <ins>{c.after}</ins> : <del>{c.before}</del>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// Screen #/p/<id>/versions: the approval history of a publication and two of
// its versions compared — each block added, removed or changed, and in a
// changed block the words that differ.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalView, BlockChange, VersionComparison, VersionRef } from '../../../contract/approval.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime } from '../format.js';
import '../library/library.css';

/** A block that was added, removed or changed (the ones the list shows). */
const differs = (c: BlockChange): c is BlockChange & { kind: Exclude<BlockChange['kind'], 'same'> } => c.kind !== 'same';

export function CompareScreen({ id }: { id: string }) {
  const { t } = useTranslation('approval');
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

  const options = [...(view?.versions ?? []).map((v) => ({ value: String(v.version), label: t('compare.version', { version: v.version, status: t(`status.${v.status}`), at: formatDateTime(v.savedAt) }) })), { value: 'current', label: t('compare.current') }];
  const parse = (value: string): VersionRef => (value === 'current' ? 'current' : Number(value));

  return (
    <div className="library-screen">
      <div className="toolbar">
        <a href={`#/p/${id}`}>{t('compare.back')}</a>
        <h1>{t('compare.title')}</h1>
      </div>
      {error && <p className="message error" role="alert">{error}</p>}
      {view && (
        <>
          <h2>{t('compare.history')}</h2>
          <ol>
            {view.history.map((e, i) => (
              <li key={i}>{t('compare.entry', { at: formatDateTime(e.at), status: t(`status.${e.status}`), version: e.version })}{e.by && `, ${e.by}`}{e.note && `: «${e.note}»`}</li>
            ))}
          </ol>
          {view.versions.length === 0 ? <p className="muted">{t('compare.none')}</p> : (
            <div className="field-row">
              <label><span>{t('compare.from')}</span>
                <select value={String(from)} onChange={(e) => setFrom(parse(e.target.value))}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
              </label>
              <label><span>{t('compare.to')}</span>
                <select value={String(to)} onChange={(e) => setTo(parse(e.target.value))}>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
              </label>
            </div>
          )}
        </>
      )}
      {diff && (
        <>
          <p role="status">{t('compare.summary', { changed: diff.changed, added: diff.added, removed: diff.removed })}</p>
          <ul className="diff-list" data-testid="diff">
            {diff.changes.filter(differs).map((c, i) => (
              <li key={i} className={c.kind}>
                <strong>{t(`compare.change.${c.kind}`)} · {c.label}</strong> <span className="muted small">({c.slot})</span>
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

// Preflight findings beside the preview: what a print shop would object to,
// errors first. A finding about a block offers a button that takes the editor
// to it; in a book, a finding about a page also one that shows the page.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../contract/findings.js';
import type { SourceRef } from '../../../contract/publication-format.js';

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then notes; within each, in the order preflight found them (page order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => RANK[a.severity] - RANK[b.severity] || i - j).map(([f]) => f);
}

interface Props {
  findings: Finding[];
  /** "khối 3 trong «Nội dung»" for the block a finding points at. */
  describeBlock(source: SourceRef): string;
  onShowBlock(source: SourceRef): void;
  /** Books: show a page in the preview. */
  onShowPage?(page: number): void;
}

export function Findings({ findings, describeBlock, onShowBlock, onShowPage }: Props) {
  const { t } = useTranslation('preview');
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);
  return (
    <section className="findings" aria-labelledby="findings-title" data-testid="findings">
      <h3 id="findings-title">
        {t('findings.title')}
        {counts.length > 0 && <span className="small muted"> · {counts.map(([s, count]) => t(`findings.count.${s}`, { count })).join(', ')}</span>}
      </h3>
      {findings.length === 0 ? (
        <p className="muted small">{t('findings.none')}</p>
      ) : (
        <ul>
          {bySeverity(findings).map((f, i) => (
            <li key={i} className={`finding ${f.severity}`} data-code={f.code}>
              <strong>{t(`findings.severity.${f.severity}`)}:</strong> {f.message}
              {f.page !== undefined && !onShowPage && <span className="muted"> {t('findings.onPage', { page: f.page })}</span>}
              {f.page !== undefined && onShowPage && (
                <button type="button" className="link" onClick={() => onShowPage(f.page!)}>{t('findings.showPage', { page: f.page })}</button>
              )}
              {f.source && (
                <button type="button" className="link" onClick={() => onShowBlock(f.source!)}>
                  {t('findings.showBlock', { block: describeBlock(f.source) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

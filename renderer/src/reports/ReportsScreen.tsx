// Reports: the unit × publication matrix with totals for a period (its rows
// each unit, each xã or phường, or each former district), by
// quarter and year, the stock and the contracts, charts by unit and of
// progress against the plan, and the exports (XLSX, CSV, Word, PDF, JSON).
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { cellLookup } from '../../../contract/reports.js';
import { REPORT_FORMATS, UNIT_GROUPINGS, type ReportFormat, type UnitGrouping } from '../../../contract/reports.js';
import { api } from '../api/client.js';
import { ExportProgress } from '../exports/ExportProgress.js';
import { useExportJob, useJobState } from '../exports/useExportJob.js';
import { Field } from '../records/Field.js';
import { formatInteger, formatMoney, parseDisplayDate } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { BarChart } from './BarChart.js';

// Names of file formats, the same in every language.
const FORMAT_NAMES: Record<ReportFormat, string> = { xlsx: 'Excel (XLSX)', csv: 'CSV', json: 'JSON', pdf: 'PDF', docx: 'Word (DOCX)' };

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [by, setBy] = useState<UnitGrouping>('unit');
  /** The Word and PDF report's own number; empty leaves a blank to fill by hand. */
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const report = useLoad(() => api.call('reports.distribution', { ...period, by }), [period, by]);
  const r = report.value;

  const apply = () => {
    const parse = (text: string, label: string) => {
      if (!text.trim()) return undefined;
      const iso = parseDisplayDate(text);
      if (!iso) throw new Error(t('badDate', { field: label }));
      return iso;
    };
    try {
      setPeriod({ from: parse(from, t('from')), to: parse(to, t('to')) });
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  // An export job: saved through the app's dialog (downloaded in a browser), progress and Huỷ when long.
  const exporter = useExportJob();
  const exporterRunning = useJobState(exporter).running;
  const download = (format: ReportFormat) => exporter.run({ kind: 'report', format, ...period, by, number });

  const at = r ? cellLookup(r) : () => 0;
  const names = new Map((r?.units ?? []).map((u) => [u.id, u.name]));
  return (
    <div className="records-page">
      <h1>{t('title')}</h1>
      <form className="dist-filters" aria-label={t('period')} onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <Field label={t('from')} value={from} onChange={setFrom} placeholder={t('datePlaceholder')} />
        <Field label={t('to')} value={to} onChange={setTo} placeholder={t('datePlaceholder')} />
        <label className="rec-field"><span>{t('by')}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as UnitGrouping)}>
            {UNIT_GROUPINGS.map((g) => <option key={g} value={g}>{t(`byOption.${g}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="primary">{t('show')}</button>
        <Field label={t('paperNumber')} value={number} onChange={setNumber} hint={t('paperNumberHint')} />
        <div className="dist-exports" role="group" aria-label={t('exports')}>
          {REPORT_FORMATS.map((f) => <button key={f} type="button" disabled={exporterRunning} onClick={() => void download(f)}>{t('exportAs', { format: FORMAT_NAMES[f] })}</button>)}
        </div>
      </form>
      <ExportProgress job={exporter} />
      {(error ?? report.error) && <p className="rec-error" role="alert">{error ?? report.error}</p>}
      {r && (
        <>
          <p><Trans t={t} i18nKey="summary" count={r.count} values={{ copies: formatInteger(r.totals.all), times: formatInteger(r.count) }}
            components={{ total: <strong data-testid="report-total" /> }} /></p>
          <div className="dist-scroll">
            <table className="rec-table dist-matrix" aria-label={t('matrix')}>
              <thead><tr><th>{t(`groupColumn.${r.by}`)}</th>{r.publications.map((p) => <th key={p.id} className="num">{p.title}</th>)}<th className="num">{t('total')}</th></tr></thead>
              <tbody>
                {r.units.map((u) => (
                  <tr key={u.id} className={u.retired ? 'dist-retired' : undefined}>
                    <td>{u.retired ? t('retired', { name: u.name }) : u.name}</td>
                    {r.publications.map((p) => <td key={p.id} className="num" data-testid={`cell-${u.id}-${p.id}`}>{formatInteger(at(u.id, p.id))}</td>)}
                    <td className="num total" data-testid={`unit-total-${u.id}`}>{formatInteger(r.totals.byUnit[u.id] ?? 0)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>{t('total')}</td>
                  {r.publications.map((p) => <td key={p.id} className="num">{formatInteger(r.totals.byPublication[p.id] ?? 0)}</td>)}
                  <td className="num">{formatInteger(r.totals.all)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <BarChart title={t(`chartBy.${r.by}`)} testId="chart-units" bars={r.units.map((u) => ({ label: u.name, value: r.totals.byUnit[u.id] ?? 0 }))} />
          {r.plan.rows.length > 0 && (
            <BarChart title={t('chartPlan')} testId="chart-plan"
              bars={Object.entries(r.plan.byUnit).map(([id, p]) => ({ label: names.get(id) ?? id, value: p.handedOut, target: p.planned }))} />
          )}

          <h2>{t('byPeriod')}</h2>
          <table className="rec-table" aria-label={t('byPeriodTable')}>
            <thead><tr><th>{t('periodColumn')}</th>{r.publications.map((p) => <th key={p.id} className="num">{p.title}</th>)}<th className="num">{t('total')}</th></tr></thead>
            <tbody>
              {[...r.quarters.map((q) => ({ ...q, label: t('quarter', { quarter: q.quarter, year: q.year }) })), ...r.years.map((y) => ({ ...y, label: t('year', { year: y.year }) }))].map((row) => (
                <tr key={row.period} className={row.quarter ? undefined : 'total'}>
                  <td>{row.label}</td>{r.publications.map((p) => <td key={p.id} className="num">{formatInteger(row.byPublication[p.id] ?? 0)}</td>)}
                  <td className="num">{formatInteger(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('stock')}</h2>
          <table className="rec-table" aria-label={t('stockTable')}>
            <thead><tr><th>{t('publication')}</th><th className="num">{t('received')}</th><th className="num">{t('distributed')}</th><th className="num">{t('balance')}</th></tr></thead>
            <tbody>{r.stock.map((s) => <tr key={s.publicationId}><td>{s.title}</td><td className="num">{formatInteger(s.delivered)}</td><td className="num">{formatInteger(s.distributed)}</td><td className="num">{formatInteger(s.balance)}</td></tr>)}</tbody>
          </table>

          <h2>{t('contracts')}</h2>
          <table className="rec-table" aria-label={t('contractsTable')}>
            <thead><tr><th>{t('number')}</th><th>{t('printer')}</th><th className="num">{t('ordered')}</th><th className="num">{t('delivered')}</th><th className="num">{t('value')}</th></tr></thead>
            <tbody>{r.contracts.map((c) => <tr key={c.id}><td>{c.number}</td><td>{c.printerName}</td><td className="num">{formatInteger(c.ordered)}</td><td className="num">{formatInteger(c.delivered)}</td><td className="num">{formatMoney(c.total)}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </div>
  );
}

// Reports: the unit × publication matrix with totals for a period, by
// quarter and year, the stock and the contracts, charts by unit and of
// progress against the plan, and the exports (XLSX, CSV, Word, PDF, JSON).
import { useState } from 'react';
import { cellLookup } from '../../../electron/records/reports/distribution-report.js';
import { REPORT_FORMATS, type ReportFormat } from '../../../electron/records/reports/formats.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { Field } from '../records/Field.js';
import { formatInteger, formatMoney, parseDisplayDate } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { BarChart } from './BarChart.js';

const FORMAT_NAMES: Record<ReportFormat, string> = { xlsx: 'Excel (XLSX)', csv: 'CSV', json: 'JSON', pdf: 'PDF', docx: 'Word (DOCX)' };

export function ReportsScreen() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [error, setError] = useState<string>();
  const report = useLoad(() => api.call('reports.distribution', period), [period]);
  const r = report.value;

  const apply = () => {
    const parse = (text: string, label: string) => {
      if (!text.trim()) return undefined;
      const iso = parseDisplayDate(text);
      if (!iso) throw new Error(`${label} phải có dạng dd/mm/yyyy.`);
      return iso;
    };
    try {
      setPeriod({ from: parse(from, 'Từ ngày'), to: parse(to, 'Đến ngày') });
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const download = async (format: ReportFormat) => {
    try {
      const file = await api.call('reports.export', { format, ...period });
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const at = r ? cellLookup(r) : () => 0;
  const names = new Map((r?.units ?? []).map((u) => [u.id, u.name]));
  return (
    <div className="records-page">
      <h1>Báo cáo cấp phát</h1>
      <form className="dist-filters" aria-label="Kỳ báo cáo" onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <Field label="Từ ngày" value={from} onChange={setFrom} placeholder="dd/mm/yyyy" />
        <Field label="Đến ngày" value={to} onChange={setTo} placeholder="dd/mm/yyyy" />
        <button type="submit" className="primary">Xem báo cáo</button>
        <div className="dist-exports" role="group" aria-label="Xuất báo cáo">
          {REPORT_FORMATS.map((f) => <button key={f} type="button" onClick={() => void download(f)}>Xuất {FORMAT_NAMES[f]}</button>)}
        </div>
      </form>
      {(error ?? report.error) && <p className="rec-error" role="alert">{error ?? report.error}</p>}
      {r && (
        <>
          <p>Tổng cộng <strong data-testid="report-total">{formatInteger(r.totals.all)}</strong> bản qua {formatInteger(r.count)} lần cấp phát.</p>
          <div className="dist-scroll">
            <table className="rec-table dist-matrix" aria-label="Cấp phát theo đơn vị và ấn phẩm">
              <thead><tr><th>Đơn vị</th>{r.publications.map((p) => <th key={p.id} className="num">{p.title}</th>)}<th className="num">Tổng cộng</th></tr></thead>
              <tbody>
                {r.units.map((u) => (
                  <tr key={u.id} className={u.retired ? 'dist-retired' : undefined}>
                    <td>{u.name}{u.retired ? ' (đã thôi áp dụng)' : ''}</td>
                    {r.publications.map((p) => <td key={p.id} className="num" data-testid={`cell-${u.id}-${p.id}`}>{formatInteger(at(u.id, p.id))}</td>)}
                    <td className="num total" data-testid={`unit-total-${u.id}`}>{formatInteger(r.totals.byUnit[u.id] ?? 0)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>Tổng cộng</td>
                  {r.publications.map((p) => <td key={p.id} className="num">{formatInteger(r.totals.byPublication[p.id] ?? 0)}</td>)}
                  <td className="num">{formatInteger(r.totals.all)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <BarChart title="Số bản đã cấp phát theo đơn vị" testId="chart-units" bars={r.units.map((u) => ({ label: u.name, value: r.totals.byUnit[u.id] ?? 0 }))} />
          {r.plan.rows.length > 0 && (
            <BarChart title="Tiến độ so với kế hoạch (khung: kế hoạch, phần tô: đã cấp phát)" testId="chart-plan"
              bars={Object.entries(r.plan.byUnit).map(([id, p]) => ({ label: names.get(id) ?? id, value: p.handedOut, target: p.planned }))} />
          )}

          <h2>Theo quý và năm</h2>
          <table className="rec-table" aria-label="Cấp phát theo quý và năm">
            <thead><tr><th>Kỳ</th>{r.publications.map((p) => <th key={p.id} className="num">{p.title}</th>)}<th className="num">Tổng cộng</th></tr></thead>
            <tbody>
              {[...r.quarters.map((q) => ({ ...q, label: `Quý ${q.quarter}/${q.year}` })), ...r.years.map((y) => ({ ...y, label: `Năm ${y.year}` }))].map((row) => (
                <tr key={row.period} className={row.quarter ? undefined : 'total'}>
                  <td>{row.label}</td>{r.publications.map((p) => <td key={p.id} className="num">{formatInteger(row.byPublication[p.id] ?? 0)}</td>)}
                  <td className="num">{formatInteger(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Tồn kho</h2>
          <table className="rec-table" aria-label="Tồn kho cuối kỳ">
            <thead><tr><th>Ấn phẩm</th><th className="num">Đã nhận</th><th className="num">Đã cấp phát</th><th className="num">Tồn kho</th></tr></thead>
            <tbody>{r.stock.map((s) => <tr key={s.publicationId}><td>{s.title}</td><td className="num">{formatInteger(s.delivered)}</td><td className="num">{formatInteger(s.distributed)}</td><td className="num">{formatInteger(s.balance)}</td></tr>)}</tbody>
          </table>

          <h2>Hợp đồng in</h2>
          <table className="rec-table" aria-label="Tóm tắt hợp đồng">
            <thead><tr><th>Số hợp đồng</th><th>Cơ sở in</th><th className="num">Đặt in</th><th className="num">Đã giao</th><th className="num">Giá trị</th></tr></thead>
            <tbody>{r.contracts.map((c) => <tr key={c.id}><td>{c.number}</td><td>{c.printerName}</td><td className="num">{formatInteger(c.ordered)}</td><td className="num">{formatInteger(c.delivered)}</td><td className="num">{formatMoney(c.total)}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </div>
  );
}

// The contract's item lines: publication, unit, quantity, unit price and the
// specification (size, pages, colours, paper, finishing), with each line's amount.
import type { PublicationEntry } from '../../../electron/records/schemas.js';
import { emptyLine, SPEC_FIELDS, type LineForm } from './contractForm.js';
import { Field } from './Field.js';
import { formatMoney } from './format.js';

interface Props {
  lines: LineForm[];
  amounts: number[];
  publications: PublicationEntry[];
  errorFor(field: string): string | undefined;
  onChange(lines: LineForm[]): void;
}

export function ContractLines({ lines, amounts, publications, errorFor, onChange }: Props) {
  const update = (i: number, patch: Partial<LineForm>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="rec-lines">
      <legend>Ấn phẩm đặt in</legend>
      {lines.map((line, i) => {
        const at = (field: string) => errorFor(`items[${i}].${field}`);
        return (
          <div key={i} className="rec-line" role="group" aria-label={`Dòng ${i + 1}`}>
            <label className="rec-field rec-wide">
              <span>Ấn phẩm (dòng {i + 1})</span>
              <select value={line.publicationId} onChange={(e) => update(i, { publicationId: e.target.value })} aria-invalid={at('publicationId') ? true : undefined}>
                <option value="">— chọn ấn phẩm —</option>
                {publications.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
              </select>
              {at('publicationId') && <span className="rec-error" role="alert">{at('publicationId')}</span>}
            </label>
            <Field label="Số lượng" value={line.quantity} onChange={(quantity) => update(i, { quantity })} error={at('quantity')} inputMode="numeric" />
            <Field label="Đơn giá (đồng, chưa VAT)" value={line.unitPrice} onChange={(unitPrice) => update(i, { unitPrice })} error={at('unitPrice')} inputMode="numeric" />
            <Field label="Đơn vị tính" value={line.unit} onChange={(unit) => update(i, { unit })} error={at('unit')} placeholder="bản" />
            {SPEC_FIELDS.map(([key, label]) => (
              <Field key={key} label={label} value={line[key]} onChange={(v) => update(i, { [key]: v })} error={at(`spec.${key}`)} />
            ))}
            <p className="rec-amount">Thành tiền: <strong data-testid={`line-amount-${i}`}>{formatMoney(amounts[i] ?? 0)}</strong></p>
            {lines.length > 1 && <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>Bỏ dòng {i + 1}</button>}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...lines, emptyLine()])}>+ Thêm dòng</button>
    </fieldset>
  );
}

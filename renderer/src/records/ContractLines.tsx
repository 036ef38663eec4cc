// The contract's item lines: publication, unit, quantity, unit price and the
// specification (size, pages, colours, paper, finishing), with each line's amount.
import { useTranslation } from 'react-i18next';
import type { PublicationEntry } from '../../../contract/record-schemas.js';
import { emptyLine, SPEC_KEYS, type LineForm } from './contractForm.js';
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
  const { t } = useTranslation('records');
  const update = (i: number, patch: Partial<LineForm>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="rec-lines">
      <legend>{t('lines.legend')}</legend>
      {lines.map((line, i) => {
        const at = (field: string) => errorFor(`items[${i}].${field}`);
        return (
          <div key={i} className="rec-line" role="group" aria-label={t('lines.group', { n: i + 1 })}>
            <label className="rec-field rec-wide">
              <span>{t('lines.publication', { n: i + 1 })}</span>
              <select value={line.publicationId} onChange={(e) => update(i, { publicationId: e.target.value })} aria-invalid={at('publicationId') ? true : undefined}>
                <option value="">{t('lines.choosePublication')}</option>
                {publications.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
              </select>
              {at('publicationId') && <span className="rec-error" role="alert">{at('publicationId')}</span>}
            </label>
            <Field label={t('lines.quantity')} value={line.quantity} onChange={(quantity) => update(i, { quantity })} error={at('quantity')} inputMode="numeric" />
            <Field label={t('lines.unitPrice')} value={line.unitPrice} onChange={(unitPrice) => update(i, { unitPrice })} error={at('unitPrice')} inputMode="numeric" />
            <Field label={t('lines.unit')} value={line.unit} onChange={(unit) => update(i, { unit })} error={at('unit')} placeholder={t('lines.unitPlaceholder')} />
            {SPEC_KEYS.map((key) => (
              <Field key={key} label={t(`spec.${key}`)} value={line[key]} onChange={(v) => update(i, { [key]: v })} error={at(`spec.${key}`)} />
            ))}
            <p className="rec-amount">{t('lines.amount')} <strong data-testid={`line-amount-${i}`}>{formatMoney(amounts[i] ?? 0)}</strong></p>
            {lines.length > 1 && <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>{t('lines.remove', { n: i + 1 })}</button>}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...lines, emptyLine()])}>{t('lines.add')}</button>
    </fieldset>
  );
}

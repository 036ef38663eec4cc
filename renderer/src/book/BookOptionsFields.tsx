// The choices a book offers: its trim size and the number of ruled note
// pages. Shown when a book is created and in its editor.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookOptions } from '../../../contract/publications.js';
import { SelectField } from '../editor/controls.js';
import type { BookChoices } from './choices.js';

interface Props {
  options: BookOptions;
  choices: BookChoices;
  onChoices(next: BookChoices): void;
}

export function BookOptionsFields({ options, choices, onChoices }: Props) {
  const { t } = useTranslation('book');
  const sizes = options.sizes.map((s) => [s.id, s.label] as const);
  return (
    <>
      {sizes.length > 1 && (
        <SelectField label={t('options.size')} value={choices.size ?? options.defaultSize ?? sizes[0][0]} options={sizes}
          onValue={(size) => onChoices({ ...choices, size })} />
      )}
      {options.notePages && (
        <PageCountField label={t('options.notePages')} max={options.notePages.max}
          value={choices.notePages ?? options.notePages.default}
          onValue={(notePages) => onChoices({ ...choices, notePages })} />
      )}
    </>
  );
}

/** A whole number of pages; what is typed stays as typed until it is a number in range. */
function PageCountField({ label, value, max, onValue }: { label: string; value: number; max: number; onValue(n: number): void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  return (
    <div className="field field-narrow">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={0} max={max} step={1} value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.valueAsNumber;
          if (Number.isInteger(n) && n >= 0 && n <= max) onValue(n);
        }} />
    </div>
  );
}

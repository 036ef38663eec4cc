// Labelled controls other than free text: choices, numbers and switches.
import { useId, useState } from 'react';

export function SelectField<T extends string>({ label, value, options, onValue }: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onValue(value: T): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value as T)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

/**
 * A number in millimetres; empty means "let the template decide". The typed
 * text is kept as typed, so "1" on the way to "15" is not wiped out by a minimum.
 */
export function MmField({ label, value, min, max, onValue }: {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  onValue(value: number | undefined): void;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  return (
    <div className="field field-narrow">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min={min} max={max} step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.valueAsNumber;
          onValue(Number.isFinite(n) && n >= min && n <= max ? n : undefined);
        }} />
    </div>
  );
}

export function CheckboxField({ label, checked, onValue }: { label: string; checked: boolean; onValue(v: boolean): void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onValue(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

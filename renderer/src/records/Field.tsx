// A labelled input; `error` marks it invalid and reads the reason out.
import type { InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
}

export function Field({ label, value, onChange, error, hint, ...rest }: Props) {
  // The wrapping <label> names the input; no id is needed.
  return (
    <label className="rec-field">
      <span>{label}</span>
      <input type="text" {...rest} value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && <span className="muted small">{hint}</span>}
      {error && <span className="rec-error" role="alert">{error}</span>}
    </label>
  );
}

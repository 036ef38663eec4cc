// A labelled text input or textarea whose text is NFC from the moment it is
// typed: decomposed marks (from some keyboards and pasted PDFs) become the
// precomposed letters the fonts and pdftotext expect. The caret stays where
// the user was typing, and IME composition is left alone until it ends.
import { useId, type ChangeEvent, type CompositionEvent } from 'react';

interface Props {
  label: string;
  value: string;
  onValue(value: string): void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  invalid?: boolean;
  placeholder?: string;
  className?: string;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function normaliseInPlace(el: Field): string {
  const raw = el.value;
  const nfc = raw.normalize('NFC');
  if (nfc !== raw) {
    const caret = raw.slice(0, el.selectionStart ?? raw.length).normalize('NFC').length;
    el.value = nfc;
    el.setSelectionRange(caret, caret);
  }
  return nfc;
}

export function TextField({ label, value, onValue, multiline, rows = 4, hint, invalid, placeholder, className }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const onChange = (e: ChangeEvent<Field>) => {
    const composing = (e.nativeEvent as InputEvent).isComposing;
    onValue(composing ? e.target.value : normaliseInPlace(e.target));
  };
  const onCompositionEnd = (e: CompositionEvent<Field>) => onValue(normaliseInPlace(e.currentTarget));
  const common = {
    id,
    value,
    onChange,
    onCompositionEnd,
    placeholder,
    'aria-describedby': hintId,
    'aria-invalid': invalid || undefined,
    spellCheck: true,
    lang: 'vi',
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint && <p id={hintId} className="hint">{hint}</p>}
    </div>
  );
}

// A button for something that cannot be undone: the first press asks, in
// place, and only "Xoá" in the question does it. Escape or "Huỷ" goes back.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Label of the first button, e.g. "Xoá…". */
  children: ReactNode;
  /** Accessible name of the first button, naming what it removes. */
  label: string;
  question: string;
  onConfirm(): void;
}

export function ConfirmButton({ children, label, question, onConfirm }: Props) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <button type="button" aria-label={label} onClick={() => setAsking(true)}>{children}</button>;
  }
  return (
    <span role="group" aria-label={label} className="confirm"
      onKeyDown={(e) => { if (e.key === 'Escape') setAsking(false); }}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={onConfirm}>{t('delete')}</button>
      <button type="button" onClick={() => setAsking(false)} autoFocus>{t('cancel')}</button>
    </span>
  );
}

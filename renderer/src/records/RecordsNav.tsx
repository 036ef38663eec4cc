// The tabs between the publications and the records' screens.
import { useTranslation } from 'react-i18next';

const LINKS = [
  { href: '#/', label: 'nav.publications' },
  { href: '#/contracts', label: 'nav.contracts' },
  { href: '#/printers', label: 'nav.printers' },
  { href: '#/stock', label: 'nav.stock' },
  { href: '#/units', label: 'nav.units' },
  { href: '#/distributions', label: 'nav.distributions' },
  { href: '#/plan', label: 'nav.plan' },
  { href: '#/reports', label: 'nav.reports' },
  { href: '#/backups', label: 'nav.backups' },
] as const;

export function RecordsNav({ current }: { current: string }) {
  const { t } = useTranslation('records');
  return (
    <nav className="records-nav" aria-label={t('nav.label')}>
      {LINKS.map((l) => (
        <a key={l.href} href={l.href} aria-current={current === l.href ? 'page' : undefined}>{t(l.label)}</a>
      ))}
    </nav>
  );
}

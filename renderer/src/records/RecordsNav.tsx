// The tabs between the publications and the records' screens.
const LINKS = [
  { href: '#/', label: 'Ấn phẩm' },
  { href: '#/contracts', label: 'Hợp đồng in' },
  { href: '#/printers', label: 'Cơ sở in' },
  { href: '#/stock', label: 'Kho ấn phẩm' },
  { href: '#/units', label: 'Đơn vị' },
  { href: '#/distributions', label: 'Cấp phát' },
  { href: '#/plan', label: 'Kế hoạch' },
  { href: '#/reports', label: 'Báo cáo' },
  { href: '#/backups', label: 'Sao lưu' },
];

export function RecordsNav({ current }: { current: string }) {
  return (
    <nav className="records-nav" aria-label="Mục chính">
      {LINKS.map((l) => (
        <a key={l.href} href={l.href} aria-current={current === l.href ? 'page' : undefined}>{l.label}</a>
      ))}
    </nav>
  );
}

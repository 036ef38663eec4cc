// The template's slots ("Bìa trước", "Nội dung", "Bìa sau") as tabs. Arrow
// keys move between tabs, as screen-reader users expect of a tab list.
import type { KeyboardEvent, ReactNode } from 'react';

export interface SlotTab {
  name: string;
  label: string;
  count: number;
  invalid: boolean;
}

interface Props {
  tabs: SlotTab[];
  active: string;
  onSelect(name: string): void;
  children: ReactNode;
}

const tabId = (name: string) => `tab-${name}`;
const panelId = (name: string) => `tabpanel-${name}`;

export function SlotTabs({ tabs, active, onSelect, children }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((t) => t.name === active);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onSelect(next.name);
    document.getElementById(tabId(next.name))?.focus();
  };
  return (
    <div className="slot-tabs">
      <div role="tablist" aria-label="Các phần của ấn phẩm" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button key={t.name} type="button" role="tab" id={tabId(t.name)}
            aria-selected={t.name === active} aria-controls={panelId(t.name)}
            tabIndex={t.name === active ? 0 : -1}
            className={t.invalid ? 'invalid' : undefined}
            onClick={() => onSelect(t.name)}>
            {t.label} <span className="count">({t.count})</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(active)} aria-labelledby={tabId(active)} className="tab-panel">
        {children}
      </div>
    </div>
  );
}

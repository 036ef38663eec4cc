// The template's slots ("Bìa trước", "Nội dung", "Bìa sau") as tabs. Arrow
// keys move between tabs, as screen-reader users expect of a tab list.
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('editor');
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((tab) => tab.name === active);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onSelect(next.name);
    document.getElementById(tabId(next.name))?.focus();
  };
  return (
    <div className="slot-tabs">
      <div role="tablist" aria-label={t('slots')} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button key={tab.name} type="button" role="tab" id={tabId(tab.name)}
            aria-selected={tab.name === active} aria-controls={panelId(tab.name)}
            tabIndex={tab.name === active ? 0 : -1}
            className={tab.invalid ? 'invalid' : undefined}
            onClick={() => onSelect(tab.name)}>
            {tab.label} <span className="count">({tab.count})</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(active)} aria-labelledby={tabId(active)} className="tab-panel">
        {children}
      </div>
    </div>
  );
}

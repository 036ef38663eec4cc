// The editor's keyboard shortcuts. Ctrl+E exports (Chromium lets a page take
// it; Ctrl+P would open the print dialog). Shortcuts stay quiet while a
// confirmation asks its question, so a key never acts behind it.
import { useEffect, useRef } from 'react';
import { i18n } from './i18n/index.js';
import { SHORTCUT_KEYS, shortcutOf, type ShortcutAction } from './shortcutKeys.js';

export type { ShortcutAction } from './shortcutKeys.js';

/** The keys of an action in words of the current language: "Ctrl+Shift+Z hoặc Ctrl+Y". */
export function shortcutText(action: ShortcutAction): string {
  return SHORTCUT_KEYS[action].reduce((first, second) => i18n.t('shortcuts.either', { ns: 'editor', first, second }));
}

/** The help line under the editor's toolbar, in the current language. */
export function shortcutHelp(): string {
  return i18n.t('shortcuts.help', {
    ns: 'editor',
    save: shortcutText('save'),
    undo: shortcutText('undo'),
    redo: shortcutText('redo'),
    export: shortcutText('export'),
  });
}

/** A confirmation or a modal dialog is open: shortcuts must not act behind it. */
export function modalOpen(doc: Document = document): boolean {
  return doc.querySelector('.confirm, dialog[open], [aria-modal="true"]') !== null;
}

/** Binds the shortcuts to the window while the component is mounted. */
export function useShortcuts(handlers: Record<ShortcutAction, () => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e);
      if (!action || e.isComposing) return;
      // The browser's own save/undo would fight the editor's: always take the key.
      e.preventDefault();
      if (modalOpen()) return;
      current.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Binds the shortcuts from inside a render tree, where the actions' closures live. */
export function Shortcuts({ on }: { on: Record<ShortcutAction, () => void> }): null {
  useShortcuts(on);
  return null;
}

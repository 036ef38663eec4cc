// Which key does what in the editor (pure: tested without a browser; the
// binding is in shortcuts.ts). Ctrl+E exports: Chromium lets a page take it,
// while Ctrl+P would open the print dialog.

export type ShortcutAction = 'save' | 'undo' | 'redo' | 'export';

/** The keys for each action, as shown in button titles and the help line (shortcuts.ts puts them in words). */
export const SHORTCUT_KEYS: Record<ShortcutAction, readonly string[]> = {
  save: ['Ctrl+S'],
  undo: ['Ctrl+Z'],
  redo: ['Ctrl+Shift+Z', 'Ctrl+Y'],
  export: ['Ctrl+E'],
};

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** Which action a key press asks for, if any (Cmd on macOS counts as Ctrl). */
export function shortcutOf(e: KeyLike): ShortcutAction | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 's' && !e.shiftKey) return 'save';
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  if (key === 'e' && !e.shiftKey) return 'export';
  return undefined;
}

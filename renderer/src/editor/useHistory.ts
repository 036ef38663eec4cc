// Undo/redo for the editor (history.ts does the bookkeeping). A change is
// keyed by the focused control, so typing in one field is one step per pause.
// Undo and redo hand the restored state to `onRestore`, which the editor
// treats like any change: shown, previewed and autosaved.
import { useCallback, useRef, useState } from 'react';
import { canRedo, canUndo, historyReducer, startHistory, type History } from './history.js';

export function useHistory<T>(onRestore: (value: T) => void) {
  const state = useRef<History<T> | null>(null);
  const restore = useRef(onRestore);
  restore.current = onRestore;
  const [, setVersion] = useState(0);

  const set = (next: History<T>) => {
    state.current = next;
    setVersion((v) => v + 1);
  };

  /** The state the editor opened with: nothing to undo before it. */
  const start = useCallback((value: T) => set(startHistory(value)), []);

  const record = useCallback((value: T) => {
    if (!state.current) return set(startHistory(value));
    set(historyReducer(state.current, { type: 'change', value, key: document.activeElement, at: Date.now() }));
  }, []);

  const step = useCallback((type: 'undo' | 'redo') => {
    if (!state.current) return;
    const next = historyReducer(state.current, { type });
    if (next === state.current) return;
    set(next);
    restore.current(next.present);
  }, []);

  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  return {
    start,
    record,
    undo,
    redo,
    canUndo: state.current ? canUndo(state.current) : false,
    canRedo: state.current ? canRedo(state.current) : false,
  };
}

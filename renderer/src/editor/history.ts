// The editor's undo history as a pure reducer. A burst of typing in one field
// is one step: a change coalesces with the previous one when it comes from the
// same field within COALESCE_MS of it; a pause, another field or an undo
// starts a new step. The history is bounded so a long session stays small.

export const COALESCE_MS = 700;
export const HISTORY_LIMIT = 200;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Where and when the last change came from, to coalesce the next one with it. */
  lastKey?: unknown;
  lastAt?: number;
}

export type HistoryAction<T> =
  | { type: 'change'; value: T; key: unknown; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function historyReducer<T>(state: History<T>, action: HistoryAction<T>, limit = HISTORY_LIMIT): History<T> {
  switch (action.type) {
    case 'change': {
      if (action.value === state.present) return state;
      const coalesce = state.lastAt !== undefined && action.key !== undefined && action.key === state.lastKey
        && action.at - state.lastAt < COALESCE_MS;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-limit);
      return { past, present: action.value, future: [], lastKey: action.key, lastAt: action.at };
    }
    case 'undo': {
      if (state.past.length === 0) return state;
      return { past: state.past.slice(0, -1), present: state.past[state.past.length - 1], future: [state.present, ...state.future] };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      return { past: [...state.past, state.present], present: state.future[0], future: state.future.slice(1) };
    }
  }
}

export const canUndo = (state: History<unknown>) => state.past.length > 0;
export const canRedo = (state: History<unknown>) => state.future.length > 0;

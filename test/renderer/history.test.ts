import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, historyReducer, startHistory, type History } from '../../renderer/src/editor/history.js';

const change = (s: History<string>, value: string, key: unknown, at: number) =>
  historyReducer(s, { type: 'change', value, key, at });
const undo = (s: History<string>) => historyReducer(s, { type: 'undo' });
const redo = (s: History<string>) => historyReducer(s, { type: 'redo' });

describe('editor history', () => {
  it('coalesces a typing burst in one field into one step', () => {
    let s = startHistory('');
    s = change(s, 'a', 'title', 0);
    s = change(s, 'ab', 'title', 300);
    s = change(s, 'abc', 'title', 600);
    expect(s.past).toEqual(['']);
    expect(undo(s).present).toBe('');
  });

  it('starts a new step after a pause or in another field', () => {
    let s = startHistory('');
    s = change(s, 'a', 'title', 0);
    s = change(s, 'ab', 'title', COALESCE_MS + 1);
    s = change(s, 'ab!', 'body', COALESCE_MS + 2);
    expect(s.past).toEqual(['', 'a', 'ab']);
  });

  it('undoes and redoes in order, and a new change drops the redo steps', () => {
    let s = startHistory('0');
    s = change(s, '1', 'x', 0);
    s = change(s, '2', 'y', 10);
    s = undo(undo(s));
    expect(s.present).toBe('0');
    expect(canUndo(s)).toBe(false);
    s = redo(s);
    expect(s.present).toBe('1');
    expect(canRedo(s)).toBe(true);
    s = change(s, '3', 'x', 20);
    expect(canRedo(s)).toBe(false);
    expect(undo(s).present).toBe('1');
  });

  it('does not coalesce a change made right after an undo', () => {
    let s = startHistory('');
    s = change(s, 'a', 'f', 0);
    s = change(s, 'ab', 'f', COALESCE_MS + 10);
    s = undo(s);
    s = change(s, 'ax', 'f', COALESCE_MS + 20);
    expect(undo(s).present).toBe('a');
  });

  it('keeps at most the limit of steps, dropping the oldest', () => {
    let s = startHistory(0 as number) as unknown as History<string>;
    for (let i = 1; i <= 10; i++) s = historyReducer(s, { type: 'change', value: String(i), key: i, at: i }, 3);
    expect(s.past).toEqual(['7', '8', '9']);
  });

  it('ignores undo and redo with nothing to do, and a change that changes nothing', () => {
    const s = startHistory('a');
    expect(undo(s)).toBe(s);
    expect(redo(s)).toBe(s);
    expect(change(s, s.present, 'k', 0)).toBe(s);
  });
});

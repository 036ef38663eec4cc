import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../renderer/src/shortcutKeys.js';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  shortcutOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps save, undo, redo and export', () => {
    expect(press('s', { ctrlKey: true })).toBe('save');
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('e', { ctrlKey: true })).toBe('export');
    expect(press('z', { metaKey: true })).toBe('undo');
  });

  it('leaves plain typing and other combinations alone', () => {
    expect(press('z')).toBeUndefined();
    expect(press('s', { ctrlKey: true, altKey: true })).toBeUndefined();
    expect(press('c', { ctrlKey: true })).toBeUndefined();
    expect(press('E', { ctrlKey: true, shiftKey: true })).toBeUndefined();
  });
});

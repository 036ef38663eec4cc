// Words looked up outside components (kind names, shortcut keys in words)
// follow the language switch: they are resolved when called, not kept in a
// module-level table filled at load time.
import { beforeAll, describe, expect, it } from 'vitest';

// startI18n/switchLanguage set <html lang>; give them the one property they touch.
(globalThis as { document?: unknown }).document ??= { documentElement: { lang: '' } };

const { startI18n, switchLanguage } = await import('../../renderer/src/i18n/index.js');
const { capitalise, kindName } = await import('../../renderer/src/format.js');
const { shortcutHelp, shortcutText } = await import('../../renderer/src/shortcuts.js');

describe('lookups outside components follow the language', () => {
  beforeAll(async () => {
    await startI18n('vi');
  });

  it('names kinds and shortcut keys in Vietnamese, then in English after a switch', async () => {
    await switchLanguage('vi');
    expect(kindName('handbook')).toBe('cẩm nang');
    expect(capitalise(kindName('pocketbook'))).toBe('Sách bỏ túi');
    expect(shortcutText('redo')).toBe('Ctrl+Shift+Z hoặc Ctrl+Y');
    expect(shortcutHelp()).toBe('Phím tắt: Ctrl+S lưu ngay · Ctrl+Z hoàn tác · Ctrl+Shift+Z hoặc Ctrl+Y làm lại · Ctrl+E xuất PDF');

    await switchLanguage('en');
    expect(kindName('handbook')).toBe('handbook');
    expect(shortcutText('redo')).toBe('Ctrl+Shift+Z or Ctrl+Y');
    expect(shortcutText('save')).toBe('Ctrl+S');
    expect(shortcutHelp()).toBe('Shortcuts: Ctrl+S save now · Ctrl+Z undo · Ctrl+Shift+Z or Ctrl+Y redo · Ctrl+E export PDF');
  });

  it('calls an unknown kind a publication rather than showing a key', async () => {
    await switchLanguage('en');
    expect(kindName('poster')).toBe('publication');
    await switchLanguage('vi');
    expect(kindName('poster')).toBe('ấn phẩm');
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { resolveInside } from '../../engine/safe-path.js';

const base = mkdtempSync(path.join(tmpdir(), 'anpham-safe-'));
const root = path.join(base, 'pack');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'assets', 'logo.png'), 'png');
writeFileSync(path.join(base, 'secret.png'), 'secret');
symlinkSync(path.join(base, 'secret.png'), path.join(root, 'assets', 'escape.png'));
symlinkSync(base, path.join(root, 'up'));
symlinkSync(path.join(root, 'assets', 'logo.png'), path.join(root, 'alias.png'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveInside', () => {
  it('resolves names inside the folder, existing or not', () => {
    expect(resolveInside(root, 'assets/logo.png', 'ảnh')).toBe(path.join(root, 'assets', 'logo.png'));
    expect(resolveInside(root, 'assets/../assets/new.png', 'ảnh')).toBe(path.join(root, 'assets', 'new.png'));
    expect(resolveInside(root, '..hidden.png', 'ảnh')).toBe(path.join(root, '..hidden.png'));
    expect(resolveInside(root, 'alias.png', 'ảnh')).toBe(path.join(root, 'alias.png'));
  });

  it.each([
    ['../../etc/passwd', 'ngoài'],
    ['assets/../../secret.png', 'ngoài'],
    ['/etc/passwd', 'tuyệt đối'],
    ['C:\\Windows\\win.ini', 'tuyệt đối'],
    ['logo\0.png', 'NUL'],
    ['assets/escape.png', 'liên kết'],
    ['up/secret.png', 'liên kết'],
    ['up/not-there-yet.png', 'liên kết'],
  ])('refuses %j', (relative, why) => {
    try {
      resolveInside(root, relative, 'ảnh', { file: 'a.json', field: 'slots.body[0].src' });
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ file: 'a.json', field: 'slots.body[0].src' });
      expect((err as Error).message).toContain(why);
    }
  });
});

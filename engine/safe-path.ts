// Template files and images are named by data (template.json, publications),
// so a name must never reach outside its folder: not by "..", not as an
// absolute path, not through a symbolic link that points elsewhere.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../contract/errors.js';

/**
 * The absolute path of `relative` inside `root`, or an InputError saying that
 * `what` ("ảnh", "tệp mẫu" …) points outside it. The target need not exist;
 * the part of it that does is checked with its links resolved.
 */
export function resolveInside(
  root: string,
  relative: string,
  what: string,
  where: { file?: string; field?: string } = {},
): string {
  const refuse = (why: string) =>
    new InputError(`${what} "${relative.replace(/\0/g, '\\0')}" ${why}; hãy dùng tên tệp nằm trong thư mục ${root}`, where);

  if (relative.includes('\0')) throw refuse('chứa ký tự NUL');
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) throw refuse('là đường dẫn tuyệt đối');

  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (!isWithin(base, target)) throw refuse('trỏ ra ngoài thư mục cho phép');

  // A link inside the folder may still lead out of it: compare real paths.
  // (A folder that does not exist holds no links; the caller reports the missing file.)
  if (!existsSync(base)) return target;
  if (!isWithin(realpathSync(base), realpathSync(nearestExisting(target)))) {
    throw refuse('là liên kết trỏ ra ngoài thư mục cho phép');
  }
  return target;
}

function isWithin(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function nearestExisting(target: string): string {
  let current = target;
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

// How a finding points the user at the block to fix, in the editor's words.
import type { SourceRef } from '../contract/publication-format.js';
import type { TemplatePack } from './template-schema.js';

/** "ở khối số 3 của phần "Nội dung"" — how a user finds the block in the editor. */
export function where(source: SourceRef | undefined, pack: TemplatePack): string {
  if (!source) return 'trong phần do mẫu tạo ra';
  const label = pack.definition.slots[source.slot]?.label ?? source.slot;
  return `ở khối số ${source.index + 1} của phần "${label}"`;
}

// Two versions of a publication compared as text, the way a reviewer reads
// them: each block (a list item, a question, an answer) is one unit; units
// are matched in order (longest common subsequence), and a unit edited in
// place is shown as changed with the words that differ.
import type { Block, Publication } from '../../contract/publication-format.js';
import type { BlockChange, WordChange } from '../../contract/approval.js';

interface Unit {
  slot: string;
  label: string;
  text: string;
}

export function compareVersions(before: Publication, after: Publication): { changes: BlockChange[]; added: number; removed: number; changed: number } {
  const a = units(before);
  const b = units(after);
  const pairs = lcs(a, b, (x, y) => x.slot === y.slot && x.label === y.label && x.text === y.text);
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as const]) {
    changes.push(...gap(a.slice(i, pi), b.slice(j, pj)));
    if (pi < a.length) changes.push({ kind: 'same', slot: a[pi].slot, label: a[pi].label, before: a[pi].text, after: b[pj].text });
    i = pi + 1;
    j = pj + 1;
  }
  const count = (kind: BlockChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return { changes, added: count('added'), removed: count('removed'), changed: count('changed') };
}

/** Between two matched units: units of the same slot and kind edited in place pair up; the rest were added or removed. */
function gap(removed: Unit[], added: Unit[]): BlockChange[] {
  const out: BlockChange[] = [];
  const rest = [...added];
  for (const old of removed) {
    const at = rest.findIndex((u) => u.slot === old.slot && u.label === old.label);
    if (at < 0) {
      out.push({ kind: 'removed', slot: old.slot, label: old.label, before: old.text });
      continue;
    }
    // Units added before the edited one keep their place in the reading order.
    for (const u of rest.splice(0, at)) out.push({ kind: 'added', slot: u.slot, label: u.label, after: u.text });
    const now = rest.shift()!;
    out.push({ kind: 'changed', slot: old.slot, label: old.label, before: old.text, after: now.text, words: wordDiff(old.text, now.text) });
  }
  for (const u of rest) out.push({ kind: 'added', slot: u.slot, label: u.label, after: u.text });
  return out;
}

export function wordDiff(before: string, after: string): WordChange[] {
  // Each word keeps the space after it: spaces alone would match everywhere and interleave the change.
  const words = (text: string) => text.match(/\s*\S+\s*/g) ?? [];
  const a = words(before);
  const b = words(after);
  const out: WordChange[] = [];
  const push = (kind: WordChange['kind'], text: string) => {
    const last = out.at(-1);
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcs(a, b, (x, y) => x === y), [a.length, b.length] as const]) {
    for (; i < pi; i++) push('removed', a[i]);
    for (; j < pj; j++) push('added', b[j]);
    if (pi < a.length) push('same', a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

/** Index pairs of a longest common subsequence, in order. */
function lcs<T>(a: T[], b: T[], equal: (x: T, y: T) => boolean): (readonly [number, number])[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = equal(a[i], b[j]) ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (equal(a[i], b[j])) pairs.push([i++, j++] as const);
    else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) i++;
    else j++;
  }
  return pairs;
}

const BLOCK_LABELS: Record<Block['type'], string> = {
  heading: 'Tiêu đề',
  paragraph: 'Đoạn văn',
  list: 'Mục liệt kê',
  qa: 'Hỏi – đáp',
  callout: 'Khung lưu ý',
  image: 'Ảnh',
  qr: 'Mã QR',
  pageBreak: 'Ngắt trang',
};

/** The publication as the units a reviewer compares: title lines, then each slot's blocks in order. */
function units(pub: Publication): Unit[] {
  const meta: Unit[] = [
    { slot: 'meta', label: 'Tên ấn phẩm', text: pub.meta.title },
    ...(pub.meta.subtitle ? [{ slot: 'meta', label: 'Phụ đề', text: pub.meta.subtitle }] : []),
  ];
  return [...meta, ...Object.entries(pub.slots).flatMap(([slot, blocks]) => blocks.flatMap((block) => blockUnits(slot, block)))];
}

function blockUnits(slot: string, block: Block): Unit[] {
  const label = BLOCK_LABELS[block.type];
  const unit = (text: string, suffix = '') => ({ slot, label: label + suffix, text });
  const translations = ('translations' in block && block.translations ? block.translations : []).flatMap((t) => [
    unit(t.text, ` (${t.lang})`),
    ...(t.answer !== undefined ? [unit(t.answer, `: đáp (${t.lang})`)] : []),
  ]);
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [unit(block.text), ...translations];
    case 'list':
      return block.items.map((item) => unit(item));
    case 'qa':
      return [unit(block.question, ': hỏi'), unit(block.answer, ': đáp'), ...translations];
    case 'callout':
      return [...(block.title ? [unit(block.title, ': tiêu đề')] : []), unit(block.text), ...translations];
    case 'image':
      return [unit([block.alt, block.caption].filter(Boolean).join(' — ') || '(ảnh)')];
    case 'qr':
      return [unit([block.data, block.caption].filter(Boolean).join(' — '))];
    case 'pageBreak':
      return [unit('—')];
  }
}

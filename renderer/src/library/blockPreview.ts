// A block's text in one line, for lists of library items and links.
import type { Block } from '../../../electron/publishing/publication.js';

export function blockPreview(block: Block): string {
  const strip = (s: string) => s.replace(/\*\*?/g, '');
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return strip(block.text);
    case 'list':
      return block.items.map(strip).join(' · ');
    case 'qa':
      return `${strip(block.question)} — ${strip(block.answer)}`;
    case 'callout':
      return [block.title, block.text].filter(Boolean).map((s) => strip(s!)).join(': ');
    case 'image':
      return block.alt ?? 'Ảnh';
    case 'qr':
      return block.caption ?? block.data;
    case 'pageBreak':
      return 'Ngắt trang';
  }
}

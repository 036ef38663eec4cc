// A block's text in one line, for lists of library items and links.
import type { TFunction } from 'i18next';
import type { Block } from '../../../contract/publication-format.js';

export function blockPreview(block: Block, t: TFunction<'library'>): string {
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
      return block.alt ?? t('block.image');
    case 'qr':
      return block.caption ?? block.data;
    case 'pageBreak':
      return t('block.pageBreak');
  }
}

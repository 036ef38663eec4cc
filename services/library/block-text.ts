// The readable text of a block, for search and for finding the laws it cites.
import type { Block } from '../../contract/publication-format.js';

export function blockTexts(block: Block): string[] {
  const translated = 'translations' in block && block.translations ? block.translations.flatMap((t) => [t.text, t.answer ?? '']) : [];
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text, ...translated];
    case 'list':
      return block.items;
    case 'qa':
      return [block.question, block.answer, ...translated];
    case 'callout':
      return [block.title ?? '', block.text, ...translated];
    case 'image':
      return [block.alt ?? '', block.caption ?? ''];
    case 'qr':
      return [block.caption ?? ''];
    case 'pageBreak':
      return [];
  }
}

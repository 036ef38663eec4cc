// The block kinds a user can add (their names are in the i18n strings,
// `editor:blocks.name`), their empty starting values, and the small immutable
// edits the block editor makes.
import type { Block, BlockType, Publication } from '../../../contract/publication-format.js';
import { DEFAULT_HOTLINE, hotlineLine } from '../../../contract/settings.js';

/** What the "add" menu offers, in the order writers reach for them. */
export const ADDABLE: BlockType[] = ['heading', 'paragraph', 'list', 'qa', 'callout', 'image', 'qr'];

let counter = 0;
/** Stable id so React keeps each block's fields while blocks move, and findings can point at it. */
export function newBlockId(): string {
  counter += 1;
  return `b${Date.now().toString(36)}${counter.toString(36)}`;
}

/**
 * A new block of a kind. Image and QR blocks need content the schema requires
 * (a picture, the code's data), so they start with a QR for the national
 * hotline and an image block waiting for a file (saved once a file is picked).
 */
export function emptyBlock(type: BlockType): Block {
  const id = newBlockId();
  switch (type) {
    case 'heading': return { type, id, level: 2, text: '' };
    case 'paragraph': return { type, id, text: '' };
    case 'list': return { type, id, ordered: false, items: [] };
    case 'qa': return { type, id, question: '', answer: '' };
    case 'callout': return { type, id, text: '', tone: 'info' };
    case 'image': return { type, id, src: '' };
    // The national hotline, named as the settings name it: content is printed in Vietnamese whatever the UI's language.
    case 'qr': return { type, id, data: `tel:${DEFAULT_HOTLINE.number.replace(/\D/g, '')}`, caption: hotlineLine(DEFAULT_HOTLINE) };
    case 'pageBreak': return { type, id };
  }
}

/** Gives every block an id once, when a publication is opened. */
export function withBlockIds(publication: Publication): Publication {
  const slots: Publication['slots'] = {};
  for (const [name, blocks] of Object.entries(publication.slots)) {
    slots[name] = blocks.map((b) => (b.id ? b : { ...b, id: newBlockId() }));
  }
  return { ...publication, slots };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** An image block whose picture has not been picked yet: not a block the file format accepts. */
function isPendingImage(block: Block): boolean {
  return block.type === 'image' && block.src === '';
}

/** What is sent to be saved and previewed: image blocks still waiting for a file are left out. */
export function publishable(publication: Publication): Publication {
  const slots: Publication['slots'] = {};
  for (const [name, blocks] of Object.entries(publication.slots)) {
    slots[name] = blocks.filter((b) => !isPendingImage(b));
  }
  return { ...publication, slots };
}

/**
 * Index in the editor of the block a message points at. Messages count the
 * blocks that were sent, which skip image blocks still waiting for a file.
 */
export function editorIndex(blocks: readonly Block[], sentIndex: number): number {
  let seen = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (isPendingImage(blocks[i])) continue;
    seen += 1;
    if (seen === sentIndex) return i;
  }
  return sentIndex;
}

/** `slots.body[2].text` → the slot and index (as sent) a message points at. */
export function fieldBlock(field: string | undefined): { slot: string; sentIndex: number } | null {
  const match = field ? /^slots\.([A-Za-z][A-Za-z0-9_-]*)\[(\d+)\]/.exec(field) : null;
  return match ? { slot: match[1], sentIndex: Number(match[2]) } : null;
}

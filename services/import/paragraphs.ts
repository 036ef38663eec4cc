// What every importer produces first: a flat list of paragraphs, each with a
// role and its inline text (`**bold**`, `*italic*`). Assembling them into
// publication blocks is the same whatever the source: consecutive list items
// become one list; a question followed by its answer, or a "Hỏi:" paragraph
// followed by an "Đáp:" one, becomes a Q&A block.
import type { Block } from '../../contract/publication-format.js';

export type ParagraphRole = 'heading' | 'paragraph' | 'listItem' | 'question' | 'answer' | 'callout' | 'image';

export interface ImportedParagraph {
  role: ParagraphRole;
  /** Inline text with `**`/`*` marks (NFC). For an image: its alt text. */
  text: string;
  /** heading: 1–3. */
  level?: number;
  /** listItem: numbered list. */
  ordered?: boolean;
  /** callout: its title; image: the data: URL. */
  title?: string;
  src?: string;
}

/** "Hỏi:", "Câu hỏi 3:", "Đáp:", "Trả lời:" — how Q&A is typed in plain documents. */
const QUESTION = /^\s*(?:\*\*)?(?:câu\s+)?hỏi(?:\s*\d+)?\s*[:.–-]\s*(?:\*\*)?\s*/iu;
const ANSWER = /^\s*(?:\*\*)?(?:đáp|trả\s+lời)\s*[:.–-]\s*(?:\*\*)?\s*/iu;

export function assembleBlocks(paragraphs: ImportedParagraph[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = withTypedRole(paragraphs[i]);
    const last = blocks.at(-1);
    switch (p.role) {
      case 'heading':
        blocks.push({ type: 'heading', level: Math.min(3, Math.max(1, p.level ?? 2)), text: p.text });
        break;
      case 'listItem':
        if (last?.type === 'list' && last.ordered === Boolean(p.ordered) && paragraphs[i - 1]?.role === 'listItem') last.items.push(p.text);
        else blocks.push({ type: 'list', ordered: Boolean(p.ordered), items: [p.text] });
        break;
      case 'question': {
        const next = paragraphs[i + 1] && withTypedRole(paragraphs[i + 1]);
        const answer = next?.role === 'answer' || next?.role === 'paragraph' ? next.text : '';
        if (answer) i += 1;
        blocks.push({ type: 'qa', question: p.text, answer });
        break;
      }
      case 'callout':
        blocks.push({ type: 'callout', ...(p.title && { title: p.title }), text: p.text });
        break;
      case 'image':
        blocks.push({ type: 'image', src: p.src!, ...(p.text && { alt: p.text }) });
        break;
      case 'answer':
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: p.text });
        break;
    }
  }
  return blocks;
}

/** A paragraph typed as "Hỏi: …" or "Đáp: …" takes that role, without the label. */
function withTypedRole(p: ImportedParagraph): ImportedParagraph {
  if (p.role !== 'paragraph' && p.role !== 'question' && p.role !== 'answer') return p;
  if (QUESTION.test(p.text)) return { ...p, role: 'question', text: withoutDanglingBold(p.text.replace(QUESTION, '')) };
  if (ANSWER.test(p.text)) return { ...p, role: 'answer', text: withoutDanglingBold(p.text.replace(ANSWER, '')) };
  return p;
}

/** "**Hỏi: Ai được giúp?**" loses its label and the bold's opening mark with it; the closing one goes too. */
function withoutDanglingBold(text: string): string {
  const marks = text.split('**').length - 1;
  return marks % 2 === 1 ? text.replace(/\*\*(?!.*\*\*)/, '') : text;
}

/** Bold and italic marks off: the text a title or a search shows. */
export function plainText(inline: string): string {
  return inline.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(\S(?:.*?\S)?)\*/g, '$1');
}

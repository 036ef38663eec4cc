// The DOCX writer: the document tree → an editable Word document. It reads
// the same tree as layout, never the laid-out pages, because Word reflows
// text itself. Top to bottom:
//   page and parts (docx/page.ts) → Word styles from the pack (styles.ts)
//   → each slot's nodes as paragraphs and tables (nodes.ts) → one section
//   per slot → the .docx bytes.
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  convertMillimetersToTwip as mm,
  type ISectionOptions,
} from 'docx';
import type { DocumentTree } from '../document.js';
import type { TemplatePack } from '../template-schema.js';
import { BULLET_LIST, ORDERED_LIST, framedTable, wordBlocks, type WordBlock, type WordContext } from './nodes.js';
import { docxPlan, type DocxPage } from './page.js';
import { LANGUAGE, twips, wordStyles } from './styles.js';

export async function writeDocx(tree: DocumentTree, pack: TemplatePack): Promise<Buffer> {
  const def = pack.definition;
  const { page, parts } = docxPlan(tree, pack);
  let instances = 0;
  const ctx: WordContext = { def, frameWidthMm: page.frameWidthMm, nextListInstance: () => ++instances, currentListInstance: 0 };

  const sections: ISectionOptions[] = [];
  for (const part of parts) {
    const nodes = tree.flows[part.slot] ?? [];
    if (nodes.length === 0) continue;
    let blocks: WordBlock[] = await wordBlocks(nodes, ctx);
    // A slot printed on a coloured panel (the cover) keeps its colour: its styles are light type meant for it.
    if (part.background) blocks = [framedTable(blocks, { fill: part.background, strokeWidthPt: 0, paddingPt: 14 })];
    sections.push(section(page, blocks));
  }

  const listIndent = twips(def.styles.listItem?.indentPt || 12);
  const document = new Document({
    title: tree.title,
    ...(tree.subject && { subject: tree.subject }),
    ...(tree.author && { creator: tree.author }),
    styles: { default: { document: { run: { language: LANGUAGE } } }, paragraphStyles: wordStyles(def) },
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: [listLevel(LevelFormat.BULLET, '•', listIndent)] },
        { reference: ORDERED_LIST, levels: [listLevel(LevelFormat.DECIMAL, '%1.', listIndent)] },
      ],
    },
    sections: sections.length ? sections : [section(page, [new Paragraph({})])],
  });
  return Packer.toBuffer(document);
}

function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, indent: number) {
  return {
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent, hanging: indent } } },
  };
}

/** Every slot starts on a new page, as each sits on its own panel or pages in print; pages are numbered at the foot. */
function section(page: DocxPage, children: WordBlock[]): ISectionOptions {
  const { margins } = page;
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: mm(page.widthMm), height: mm(page.heightMm) },
        margin: { top: mm(margins.topMm), bottom: mm(margins.bottomMm), left: mm(margins.leftMm), right: mm(margins.rightMm) },
      },
    },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })],
      }),
    },
    children,
  };
}

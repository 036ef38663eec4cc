// The peers' handbook corpus (../shared/peers/corpus.mjs: seeded, the same
// content every tool in the comparison sets) as one of our publications with
// the `handbook-a5` pack, so `render` sets exactly the words the peers set.
//
//   chapter title          → heading level 1 (a new page, in the TOC)
//   chapter intro          → paragraph
//   question + 1st block   → qa (the question kept with its answer)
//   further paragraphs     → paragraph
//   bullet list            → list
//   title / subtitle / publisher → the cover
//
// The generator opens every item with a paragraph; a corpus that does not is
// refused rather than set differently from what the peers set.

export interface CorpusBook {
  title: string;
  subtitle: string;
  publisher: string;
  chapters: {
    title: string;
    intro: string;
    items: { question: string; blocks: ({ type: 'p'; text: string } | { type: 'ul'; items: string[] })[] }[];
  }[];
}

type Block = Record<string, unknown> & { type: string };

export function corpusToPublication(book: CorpusBook): Record<string, unknown> {
  const body: Block[] = [];
  for (const chapter of book.chapters) {
    body.push({ type: 'heading', level: 1, text: chapter.title });
    body.push({ type: 'paragraph', text: chapter.intro });
    for (const item of chapter.items) {
      const [first, ...rest] = item.blocks;
      if (first?.type !== 'p') throw new Error(`corpus item "${item.question}" does not open with a paragraph`);
      body.push({ type: 'qa', question: item.question, answer: first.text });
      for (const b of rest) body.push(b.type === 'p' ? { type: 'paragraph', text: b.text } : listBlock(b.items));
    }
  }
  return {
    format: 'anpham/publication@1',
    template: 'handbook-a5',
    meta: { title: book.title, subtitle: book.subtitle, year: 2026, language: 'vi', author: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' },
    variables: {
      centre: {
        name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
        address: 'Đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn',
        phone: '0205 3812 345',
      },
    },
    slots: {
      cover: [
        { type: 'heading', level: 1, text: book.title },
        { type: 'heading', level: 2, text: book.subtitle },
        { type: 'paragraph', text: book.publisher },
      ],
      body,
    },
  };
}

const listBlock = (items: string[]): Block => ({ type: 'list', ordered: false, items });

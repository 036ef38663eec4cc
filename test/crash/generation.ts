// What "generation N" of the saved data looks like, and how to read the
// generation back. Every part of a generation carries its number, so a file
// holding parts of two generations (a torn or mixed write) is detected.
import type { Publication } from '../../contract/publication-format.js';

export const COLLECTIONS_UNDER_TEST = ['printers', 'contracts', 'deliveries'] as const;

export function publicationOf(generation: number): Publication {
  const paragraphs = Array.from({ length: 40 }, (_, i) => ({
    type: 'paragraph' as const,
    text: `Lần lưu ${generation}, đoạn ${i}: người được trợ giúp pháp lý có quyền được tư vấn miễn phí.`,
  }));
  return {
    format: 'anpham/publication@1',
    template: 'leaflet-trifold-a4',
    meta: { title: `Lần lưu ${generation}` },
    variables: { generation },
    slots: { cover: [], body: paragraphs, back: [] },
  };
}

export function recordsOf(collection: string, generation: number): { id: string; generation: number; note: string }[] {
  return Array.from({ length: 60 }, (_, i) => ({ id: `${collection}-${i}`, generation, note: `Bản ghi ${i} của lần lưu ${generation}` }));
}

/** The one generation a set of values holds, or an error naming the mix. */
export function singleGeneration(where: string, generations: number[]): number {
  const distinct = [...new Set(generations)];
  if (distinct.length !== 1) throw new Error(`${where}: mixes generations ${distinct.join(', ')}`);
  return distinct[0];
}

/** The generation of a stored publication: title, variables and every paragraph must agree. */
export function publicationGeneration(publication: Publication): number {
  const numbers = [
    Number(/Lần lưu (\d+)/.exec(publication.meta.title)?.[1]),
    Number(publication.variables.generation),
    ...publication.slots.body.map((block) => Number(/Lần lưu (\d+)/.exec('text' in block ? block.text : '')?.[1])),
  ];
  return singleGeneration('publication', numbers);
}

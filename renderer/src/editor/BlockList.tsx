// The blocks of one slot: each with its fields and buttons to move it up or
// down and delete it, and a row of buttons to add a block at the end.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, BlockType } from '../../../contract/publication-format.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { ADDABLE, emptyBlock, moveItem } from './blocks.js';
import { capitalise } from '../format.js';
import { BlockFields } from './BlockFields.js';
import { TranslationFields } from '../library/TranslationFields.js';

interface Props {
  slot: string;
  slotLabel: string;
  blocks: Block[];
  onChange(blocks: Block[]): void;
  /** Index of the block a save or preview error points at. */
  invalidIndex?: number;
  /** Books: the first page a block is printed on in the last preview (none before it is rendered). */
  pageOf?(block: Block): number | undefined;
  /** Books: show that page in the preview. */
  onShowPage?(block: Block, index: number, page: number): void;
}

/** DOM id of a block's card, so messages about a block can bring it into view. */
export function blockDomId(slot: string, index: number): string {
  return `block-${slot}-${index}`;
}

export function BlockList({ slot, slotLabel, blocks, onChange, invalidIndex, pageOf, onShowPage }: Props) {
  const { t } = useTranslation(['editor', 'common']);
  const blockName = (type: BlockType) => t(`blocks.name.${type}`);
  // Moving a block moves its DOM node, which drops keyboard focus; put focus
  // back on the same button so up/down can be pressed again and again.
  // At the top or bottom that button is disabled, so the other one takes focus.
  // A layout effect keyed on the blocks: it runs right after the DOM moved,
  // before the browser handles the next key, and an unrelated render (save
  // status, preview) cannot use up the pending request first.
  const refocus = useRef<string[]>([]);
  useLayoutEffect(() => {
    if (refocus.current.length === 0) return;
    const target = refocus.current
      .map((id) => document.getElementById(id) as HTMLButtonElement | null)
      .find((el) => el && !el.disabled);
    target?.focus();
    refocus.current = [];
  }, [blocks]);

  const replace = (index: number, next: Block) => onChange(blocks.map((b, i) => (i === index ? next : b)));
  const move = (index: number, to: number, id: string, direction: 'up' | 'down') => {
    refocus.current = [`${id}-${direction}`, `${id}-${direction === 'up' ? 'down' : 'up'}`];
    onChange(moveItem(blocks, index, to));
  };
  const add = (type: BlockType) => {
    const block = emptyBlock(type);
    refocus.current = [`${block.id}-card`];
    onChange([...blocks, block]);
  };

  return (
    <div className="block-list">
      {blocks.length === 0 && <p className="muted">{t('blocks.empty', { slot: slotLabel })}</p>}
      <ol className="blocks">
        {blocks.map((block, index) => {
          const name = blockName(block.type);
          const where = t('blocks.where', { name, number: index + 1 });
          const page = pageOf?.(block);
          return (
            <li key={block.id} id={blockDomId(slot, index)}
              className={`block-card${invalidIndex === index ? ' invalid' : ''}`}>
              <div className="block-head">
                <h3 id={`${block.id}-card`} tabIndex={-1}>{index + 1}. {capitalise(name)}</h3>
                <div className="block-tools">
                  {onShowPage && (
                    <button type="button" disabled={page === undefined} onClick={() => onShowPage(block, index, page!)}
                      title={page === undefined ? t('blocks.pageNotYet') : t('blocks.pageShow', { page })}>
                      {page === undefined ? t('blocks.page') : t('blocks.pageNumber', { page })}
                    </button>
                  )}
                  <button type="button" id={`${block.id}-up`} disabled={index === 0}
                    aria-label={t('blocks.up', { where })} onClick={() => move(index, index - 1, block.id!, 'up')}>↑</button>
                  <button type="button" id={`${block.id}-down`} disabled={index === blocks.length - 1}
                    aria-label={t('blocks.down', { where })} onClick={() => move(index, index + 1, block.id!, 'down')}>↓</button>
                  <ConfirmButton label={t('blocks.deleteNamed', { where })} question={t('blocks.deleteQuestion')}
                    onConfirm={() => onChange(blocks.filter((_, i) => i !== index))}>{t('common:deleteAsk')}</ConfirmButton>
                </div>
              </div>
              <BlockFields block={block} invalid={invalidIndex === index} onChange={(next) => replace(index, next)} />
              <TranslationFields block={block} onChange={(next) => replace(index, next)} />
            </li>
          );
        })}
      </ol>
      <div className="add-block" role="group" aria-label={t('blocks.add', { slot: slotLabel })}>
        <span className="add-label">{t('blocks.addLabel')}</span>
        {ADDABLE.map((type) => (
          <button type="button" key={type} onClick={() => add(type)}>{t('blocks.addButton', { name: capitalise(blockName(type)) })}</button>
        ))}
      </div>
    </div>
  );
}

// A list edited as text, one item per line. The lines as typed (empty ones
// too, while the user is between two items) stay in the textarea; the block
// gets the non-empty lines.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../contract/publication-format.js';
import { TextField } from './TextField.js';
import { CheckboxField } from './controls.js';

type ListBlock = Extract<Block, { type: 'list' }>;

export function ListFields({ block, invalid, onChange }: { block: ListBlock; invalid?: boolean; onChange(next: Block): void }) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState(() => block.items.join('\n'));
  return (
    <>
      <TextField label={t('fields.items')} multiline rows={Math.max(3, block.items.length + 1)}
        value={text} invalid={invalid}
        onValue={(typed) => {
          setText(typed);
          onChange({ ...block, items: typed.split('\n').map((line) => line.trim()).filter(Boolean) });
        }} />
      <CheckboxField label={t('fields.ordered')} checked={block.ordered}
        onValue={(ordered) => onChange({ ...block, ordered })} />
    </>
  );
}

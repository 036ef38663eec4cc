// The inputs that fit each kind of block. Each edit hands back a whole new
// block; the block list puts it in place.
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../contract/publication-format.js';
import { TextField } from './TextField.js';
import { MmField, SelectField } from './controls.js';
import { ImageFields } from './ImageFields.js';
import { ListFields } from './ListFields.js';

interface Props {
  block: Block;
  onChange(next: Block): void;
  invalid?: boolean;
}

const ALIGNS = ['justify', 'left', 'center', 'right'] as const;
const LEVELS = ['1', '2', '3'] as const;
const TONES = ['info', 'important'] as const;

export function BlockFields({ block, onChange, invalid }: Props) {
  const { t } = useTranslation('editor');
  switch (block.type) {
    case 'heading':
      return (
        <div className="field-row">
          <TextField label={t('fields.heading')} value={block.text} invalid={invalid} className="grow"
            onValue={(text) => onChange({ ...block, text })} />
          <SelectField label={t('fields.level')} value={String(block.level) as '1' | '2' | '3'}
            options={LEVELS.map((level) => [level, t(`fields.levels.${level}`)] as const)}
            onValue={(v) => onChange({ ...block, level: Number(v) })} />
        </div>
      );
    case 'paragraph':
      return (
        <>
          <TextField label={t('fields.paragraph')} multiline value={block.text} invalid={invalid}
            onValue={(text) => onChange({ ...block, text })} />
          <SelectField label={t('fields.align')} value={block.align ?? 'justify'}
            options={ALIGNS.map((align) => [align, t(`fields.aligns.${align}`)] as const)}
            onValue={(align) => onChange({ ...block, align })} />
        </>
      );
    case 'list':
      return <ListFields block={block} invalid={invalid} onChange={onChange} />;
    case 'qa':
      return (
        <>
          <TextField label={t('fields.question')} value={block.question} invalid={invalid}
            onValue={(question) => onChange({ ...block, question })} />
          <TextField label={t('fields.answer')} multiline value={block.answer} invalid={invalid}
            onValue={(answer) => onChange({ ...block, answer })} />
        </>
      );
    case 'callout':
      return (
        <>
          <div className="field-row">
            <TextField label={t('fields.calloutTitle')} value={block.title ?? ''} className="grow"
              onValue={(title) => onChange({ ...block, title: title || undefined })} />
            <SelectField label={t('fields.tone')} value={block.tone ?? 'info'}
              options={TONES.map((tone) => [tone, t(`fields.tones.${tone}`)] as const)}
              onValue={(tone) => onChange({ ...block, tone })} />
          </div>
          <TextField label={t('fields.calloutText')} multiline rows={3} value={block.text} invalid={invalid}
            onValue={(text) => onChange({ ...block, text })} />
        </>
      );
    case 'image':
      return <ImageFields block={block} invalid={invalid} onChange={onChange} />;
    case 'qr':
      return (
        <>
          <TextField label={t('fields.qrData')} value={block.data}
            invalid={invalid} onValue={(data) => onChange({ ...block, data })} />
          <div className="field-row">
            <TextField label={t('fields.caption')} value={block.caption ?? ''} className="grow"
              onValue={(caption) => onChange({ ...block, caption: caption || undefined })} />
            <MmField label={t('fields.qrSize')} value={block.sizeMm} min={10} max={100}
              onValue={(sizeMm) => onChange({ ...block, sizeMm })} />
          </div>
        </>
      );
    case 'pageBreak':
      return <p className="muted small">{t('fields.pageBreak')}</p>;
  }
}

// An image block: a PNG or JPEG picked from disk is kept inside the
// publication as a data: URL, so the file travels with it and the renderer
// never needs to reach the file system.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../contract/publication-format.js';
import { TextField } from './TextField.js';
import { MmField } from './controls.js';

type ImageBlock = Extract<Block, { type: 'image' }>;

const ACCEPTED = ['image/png', 'image/jpeg'];
/** The publication format caps a data: URL at 15 million characters (base64 adds a third). */
const MAX_MB = 11;
const MAX_BYTES = MAX_MB * 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ImageFields({ block, invalid, onChange }: { block: ImageBlock; invalid?: boolean; onChange(next: Block): void }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [problem, setProblem] = useState('');

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) return setProblem(t('image.wrongType'));
    if (file.size > MAX_BYTES) return setProblem(t('image.tooLarge', { mb: MAX_MB }));
    try {
      const src = await readAsDataUrl(file);
      setProblem('');
      onChange({ ...block, src, alt: block.alt ?? file.name.replace(/\.[^.]+$/, '').normalize('NFC') });
    } catch {
      setProblem(t('image.unreadable'));
    }
  };

  return (
    <>
      <div className="field image-pick">
        <label htmlFor={id}>{block.src ? t('image.change') : t('image.pick')}</label>
        <input id={id} type="file" accept="image/png,image/jpeg" aria-invalid={invalid || !!problem || undefined}
          onChange={(e) => void pick(e.target.files?.[0])} />
        {problem && <p className="message error" role="alert">{problem}</p>}
        {!block.src && !problem && <p className="hint">{t('image.pending')}</p>}
        {block.src.startsWith('data:image/') && <img className="thumb" src={block.src} alt={block.alt ?? ''} />}
        {block.src && !block.src.startsWith('data:') && <p className="hint">{t('image.fromFile')} <code>{block.src}</code></p>}
      </div>
      <TextField label={t('image.alt')} value={block.alt ?? ''}
        onValue={(alt) => onChange({ ...block, alt: alt || undefined })} />
      <div className="field-row">
        <TextField label={t('image.caption')} value={block.caption ?? ''} className="grow"
          onValue={(caption) => onChange({ ...block, caption: caption || undefined })} />
        <MmField label={t('image.width')} value={block.widthMm} min={5} max={300}
          onValue={(widthMm) => onChange({ ...block, widthMm })} />
      </div>
    </>
  );
}

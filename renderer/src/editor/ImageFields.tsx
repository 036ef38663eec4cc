// An image block: a PNG or JPEG picked from disk is kept inside the
// publication as a data: URL, so the file travels with it and the renderer
// never needs to reach the file system.
import { useId, useState } from 'react';
import type { Block } from '../../../electron/publishing/publication.js';
import { TextField } from './TextField.js';
import { MmField } from './controls.js';

type ImageBlock = Extract<Block, { type: 'image' }>;

const ACCEPTED = ['image/png', 'image/jpeg'];
/** The publication format caps a data: URL at 15 million characters (base64 adds a third). */
const MAX_BYTES = 11 * 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ImageFields({ block, invalid, onChange }: { block: ImageBlock; invalid?: boolean; onChange(next: Block): void }) {
  const id = useId();
  const [problem, setProblem] = useState('');

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) return setProblem('Chỉ nhận ảnh PNG hoặc JPEG. Hãy lưu ảnh sang một trong hai dạng này rồi chọn lại.');
    if (file.size > MAX_BYTES) return setProblem('Ảnh lớn hơn 11 MB. Hãy thu nhỏ ảnh rồi chọn lại.');
    try {
      const src = await readAsDataUrl(file);
      setProblem('');
      onChange({ ...block, src, alt: block.alt ?? file.name.replace(/\.[^.]+$/, '').normalize('NFC') });
    } catch {
      setProblem('Không đọc được tệp ảnh này.');
    }
  };

  return (
    <>
      <div className="field image-pick">
        <label htmlFor={id}>{block.src ? 'Đổi ảnh (PNG hoặc JPEG)' : 'Chọn ảnh (PNG hoặc JPEG)'}</label>
        <input id={id} type="file" accept="image/png,image/jpeg" aria-invalid={invalid || !!problem || undefined}
          onChange={(e) => void pick(e.target.files?.[0])} />
        {problem && <p className="message error" role="alert">{problem}</p>}
        {!block.src && !problem && <p className="hint">Khối ảnh chỉ được lưu và xem trước sau khi đã chọn ảnh.</p>}
        {block.src.startsWith('data:image/') && <img className="thumb" src={block.src} alt={block.alt ?? ''} />}
        {block.src && !block.src.startsWith('data:') && <p className="hint">Ảnh từ tệp: <code>{block.src}</code></p>}
      </div>
      <TextField label="Mô tả ảnh (cho người không xem được ảnh)" value={block.alt ?? ''}
        onValue={(alt) => onChange({ ...block, alt: alt || undefined })} />
      <div className="field-row">
        <TextField label="Chú thích dưới ảnh" value={block.caption ?? ''} className="grow"
          onValue={(caption) => onChange({ ...block, caption: caption || undefined })} />
        <MmField label="Rộng (mm)" value={block.widthMm} min={5} max={300}
          onValue={(widthMm) => onChange({ ...block, widthMm })} />
      </div>
    </>
  );
}

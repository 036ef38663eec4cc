// The inputs that fit each kind of block. Each edit hands back a whole new
// block; the block list puts it in place.
import type { Block } from '../../../electron/publishing/publication.js';
import { TextField } from './TextField.js';
import { MmField, SelectField } from './controls.js';
import { ImageFields } from './ImageFields.js';
import { ListFields } from './ListFields.js';

interface Props {
  block: Block;
  onChange(next: Block): void;
  invalid?: boolean;
}

const ALIGNS = [
  ['justify', 'Căn đều hai bên'],
  ['left', 'Căn trái'],
  ['center', 'Căn giữa'],
  ['right', 'Căn phải'],
] as const;

const LEVELS = [['1', 'Cấp 1 (lớn nhất)'], ['2', 'Cấp 2'], ['3', 'Cấp 3']] as const;

const TONES = [['info', 'Thông tin'], ['important', 'Quan trọng']] as const;

export function BlockFields({ block, onChange, invalid }: Props) {
  switch (block.type) {
    case 'heading':
      return (
        <div className="field-row">
          <TextField label="Tiêu đề" value={block.text} invalid={invalid} className="grow"
            onValue={(text) => onChange({ ...block, text })} />
          <SelectField label="Cấp" value={String(block.level) as '1' | '2' | '3'} options={LEVELS}
            onValue={(v) => onChange({ ...block, level: Number(v) })} />
        </div>
      );
    case 'paragraph':
      return (
        <>
          <TextField label="Đoạn văn" multiline value={block.text} invalid={invalid}
            onValue={(text) => onChange({ ...block, text })} />
          <SelectField label="Căn lề" value={block.align ?? 'justify'} options={ALIGNS}
            onValue={(align) => onChange({ ...block, align })} />
        </>
      );
    case 'list':
      return <ListFields block={block} invalid={invalid} onChange={onChange} />;
    case 'qa':
      return (
        <>
          <TextField label="Câu hỏi" value={block.question} invalid={invalid}
            onValue={(question) => onChange({ ...block, question })} />
          <TextField label="Trả lời" multiline value={block.answer} invalid={invalid}
            onValue={(answer) => onChange({ ...block, answer })} />
        </>
      );
    case 'callout':
      return (
        <>
          <div className="field-row">
            <TextField label="Tiêu đề khung (không bắt buộc)" value={block.title ?? ''} className="grow"
              onValue={(title) => onChange({ ...block, title: title || undefined })} />
            <SelectField label="Kiểu" value={block.tone ?? 'info'} options={TONES}
              onValue={(tone) => onChange({ ...block, tone })} />
          </div>
          <TextField label="Nội dung khung" multiline rows={3} value={block.text} invalid={invalid}
            onValue={(text) => onChange({ ...block, text })} />
        </>
      );
    case 'image':
      return <ImageFields block={block} invalid={invalid} onChange={onChange} />;
    case 'qr':
      return (
        <>
          <TextField label="Dữ liệu của mã (số điện thoại dạng tel:18001233 hoặc địa chỉ web)" value={block.data}
            invalid={invalid} onValue={(data) => onChange({ ...block, data })} />
          <div className="field-row">
            <TextField label="Chú thích" value={block.caption ?? ''} className="grow"
              onValue={(caption) => onChange({ ...block, caption: caption || undefined })} />
            <MmField label="Cỡ (mm)" value={block.sizeMm} min={10} max={100}
              onValue={(sizeMm) => onChange({ ...block, sizeMm })} />
          </div>
        </>
      );
    case 'pageBreak':
      return <p className="muted small">Phần sau bắt đầu ở khung (trang) tiếp theo.</p>;
  }
}

// The translations of a block (tiếng Tày, Nùng, H'Mông, Dao), under the
// block's own fields; and, for a block inserted from the library as a link,
// a note saying so with the way to cut the link.
import type { Block, TranslationLanguage } from '../../../electron/publishing/publication.js';
import { TRANSLATION_LANGUAGES } from '../../../electron/publishing/publication.js';
import { TextField } from '../editor/TextField.js';

const NAMES: Record<TranslationLanguage, string> = { tay: 'Tiếng Tày', nung: 'Tiếng Nùng', hmong: "Tiếng H'Mông", dao: 'Tiếng Dao' };
type Translatable = Extract<Block, { translations?: unknown }>;

function translatable(block: Block): block is Translatable {
  return block.type === 'heading' || block.type === 'paragraph' || block.type === 'qa' || block.type === 'callout';
}

export function TranslationFields({ block, onChange }: { block: Block; onChange(next: Block): void }) {
  const link = block.library && (
    <p className="linked-badge">
      Lấy từ thư viện (liên kết, bản {block.library.revision}).{' '}
      <button type="button" className="link" onClick={() => onChange({ ...block, library: undefined })}>Bỏ liên kết</button>
    </p>
  );
  if (!translatable(block)) return link || null;
  const list = block.translations ?? [];
  const set = (next: typeof list) => onChange({ ...block, translations: next.length ? next : undefined } as Block);
  const free = TRANSLATION_LANGUAGES.filter((l) => !list.some((t) => t.lang === l));

  return (
    <>
      {link}
      <div className="translations">
        {list.map((t, i) => (
          <div key={t.lang}>
            <div className="field-row">
              <TextField className="grow" multiline={block.type === 'paragraph' || block.type === 'callout'} rows={2}
                label={`${NAMES[t.lang]}${block.type === 'qa' ? ' – câu hỏi' : ''}`} value={t.text}
                onValue={(text) => set(list.map((x, j) => (j === i ? { ...x, text } : x)))} />
              <button type="button" aria-label={`Bỏ bản ${NAMES[t.lang]}`} onClick={() => set(list.filter((_, j) => j !== i))}>Bỏ</button>
            </div>
            {block.type === 'qa' && (
              <TextField multiline rows={2} label={`${NAMES[t.lang]} – trả lời`} value={t.answer ?? ''}
                onValue={(answer) => set(list.map((x, j) => (j === i ? { ...x, answer } : x)))} />
            )}
          </div>
        ))}
        {free.length > 0 && (
          <label className="small">
            <span>Thêm bản dịch </span>
            <select value="" onChange={(e) => set([...list, { lang: e.target.value as TranslationLanguage, text: '' }])}>
              <option value="">— chọn tiếng —</option>
              {free.map((l) => <option key={l} value={l}>{NAMES[l]}</option>)}
            </select>
          </label>
        )}
      </div>
    </>
  );
}

// The translations of a block (tiếng Tày, Nùng, Mông, Dao), under the
// block's own fields; and, for a block inserted from the library as a link,
// a note saying so with the way to cut the link.
import { useTranslation } from 'react-i18next';
import type { Block, TranslationLanguage } from '../../../contract/publication-format.js';
import { TRANSLATION_LANGUAGES } from '../../../contract/publication-format.js';
import { TextField } from '../editor/TextField.js';

type Translatable = Extract<Block, { translations?: unknown }>;

function translatable(block: Block): block is Translatable {
  return block.type === 'heading' || block.type === 'paragraph' || block.type === 'qa' || block.type === 'callout';
}

export function TranslationFields({ block, onChange }: { block: Block; onChange(next: Block): void }) {
  const { t } = useTranslation('library');
  const name = (lang: TranslationLanguage) => t(`translation.language.${lang}`);
  const link = block.library && (
    <p className="linked-badge">
      {t('translation.linked', { revision: block.library.revision })}{' '}
      <button type="button" className="link" onClick={() => onChange({ ...block, library: undefined })}>{t('translation.unlink')}</button>
    </p>
  );
  if (!translatable(block)) return link || null;
  const list = block.translations ?? [];
  const set = (next: typeof list) => onChange({ ...block, translations: next.length ? next : undefined } as Block);
  const free = TRANSLATION_LANGUAGES.filter((l) => !list.some((x) => x.lang === l));

  return (
    <>
      {link}
      <div className="translations">
        {list.map((tr, i) => (
          <div key={tr.lang}>
            <div className="field-row">
              <TextField className="grow" multiline={block.type === 'paragraph' || block.type === 'callout'} rows={2}
                label={block.type === 'qa' ? t('translation.question', { language: name(tr.lang) }) : name(tr.lang)} value={tr.text}
                onValue={(text) => set(list.map((x, j) => (j === i ? { ...x, text } : x)))} />
              <button type="button" aria-label={t('translation.removeNamed', { language: name(tr.lang) })} onClick={() => set(list.filter((_, j) => j !== i))}>{t('translation.remove')}</button>
            </div>
            {block.type === 'qa' && (
              <TextField multiline rows={2} label={t('translation.answer', { language: name(tr.lang) })} value={tr.answer ?? ''}
                onValue={(answer) => set(list.map((x, j) => (j === i ? { ...x, answer } : x)))} />
            )}
          </div>
        ))}
        {free.length > 0 && (
          <label className="small">
            <span>{t('translation.add')} </span>
            <select value="" onChange={(e) => set([...list, { lang: e.target.value as TranslationLanguage, text: '' }])}>
              <option value="">{t('translation.choose')}</option>
              {free.map((l) => <option key={l} value={l}>{name(l)}</option>)}
            </select>
          </label>
        )}
      </div>
    </>
  );
}

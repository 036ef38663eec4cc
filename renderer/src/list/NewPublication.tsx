// "Tạo mới từ mẫu": one card per template pack found — its kind (tờ gấp,
// sách bỏ túi, cẩm nang, sổ tay), trim size and description, the choices a
// book offers (size, ruled note pages) and a button that creates it. Packs
// that could not be read are listed with the file and field at fault, so
// whoever made the pack knows what to fix; they never stop the others.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateList, TemplateSummary } from '../../../contract/publications.js';
import { api, errorMessage } from '../api/client.js';
import { BookOptionsFields } from '../book/BookOptionsFields.js';
import { hasChoices, withChoices, type BookChoices } from '../book/choices.js';
import { capitalise, kindName } from '../format.js';
import '../book/book.css';

/** Kinds in the order the Centre makes them: the leaflet first, then the books from smallest. */
const KIND_ORDER: TemplateSummary['kind'][] = ['leaflet', 'pocketbook', 'handbook', 'notebook', 'other'];

function byKind(templates: TemplateSummary[]): TemplateSummary[] {
  return [...templates].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

interface Props {
  templates?: TemplateList;
  onCreated(id: string): void;
  onError(message: string): void;
}

export function NewPublication({ templates, onCreated, onError }: Props) {
  const { t } = useTranslation('list');
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Record<string, BookChoices>>({});

  const create = async (template: TemplateSummary) => {
    setBusy(true);
    try {
      const created = await api.call('publications.create', { templateId: template.id });
      const chosen = choices[template.id];
      if (chosen && template.book) {
        await api.call('publications.save', { id: created.id, publication: withChoices(created.publication, chosen, template.book) });
      }
      onCreated(created.id);
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-title" className="new-publication">
      <h2 id="new-title">{t('templates.title')}</h2>
      {templates && templates.templates.length === 0 && <p className="muted">{t('templates.none')}</p>}
      <ul className="templates">
        {templates && byKind(templates.templates).map((tpl) => {
          const chosen = choices[tpl.id] ?? {};
          const size = tpl.book?.sizes.find((s) => s.id === (chosen.size ?? tpl.book?.defaultSize));
          const trim = size ? { width: size.widthMm, height: size.heightMm } : tpl.trimMm;
          return (
            <li key={tpl.id} className="template-card" aria-labelledby={`tpl-${tpl.id}-kind`}>
              <h3 id={`tpl-${tpl.id}-kind`}>{capitalise(kindName(tpl.kind))}</h3>
              <p id={`tpl-${tpl.id}`} className="template-info">
                <strong>{tpl.name}</strong>
                <span className="muted"> · {t('templates.trim', trim)}{tpl.source === 'user' && <> · {t('templates.own')}</>}</span>
              </p>
              {tpl.description && <p className="muted small">{tpl.description}</p>}
              {hasChoices(tpl.book) && (
                <div className="field-row template-options">
                  <BookOptionsFields options={tpl.book} choices={chosen}
                    onChoices={(next) => setChoices({ ...choices, [tpl.id]: next })} />
                </div>
              )}
              <button type="button" className="primary" disabled={busy} onClick={() => create(tpl)}
                aria-describedby={`tpl-${tpl.id}`}>
                {t('templates.create', { kind: kindName(tpl.kind) })}
              </button>
            </li>
          );
        })}
      </ul>
      {templates && templates.problems.length > 0 && (
        <details className="template-problems">
          <summary>{t('templates.problems', { count: templates.problems.length })}</summary>
          <ul>
            {templates.problems.map((p, i) => (
              <li key={i}>
                <code>{p.dir}</code>: {t('templates.file')} <code>{p.file}</code>
                {p.field && <>, {t('templates.field')} <code>{p.field}</code></>}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

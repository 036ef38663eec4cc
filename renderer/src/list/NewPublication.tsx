// "Tạo mới từ mẫu": one card per template pack found — its kind (tờ gấp,
// sách bỏ túi, cẩm nang, sổ tay), trim size and description, the choices a
// book offers (size, ruled note pages) and a button that creates it. Packs
// that could not be read are listed with the file and field at fault, so
// whoever made the pack knows what to fix; they never stop the others.
import { useState } from 'react';
import type { TemplateList, TemplateSummary } from '../../../electron/api.js';
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
      <h2 id="new-title">Tạo mới từ mẫu</h2>
      {templates && templates.templates.length === 0 && <p className="muted">Không tìm thấy mẫu nào.</p>}
      <ul className="templates">
        {templates && byKind(templates.templates).map((t) => {
          const chosen = choices[t.id] ?? {};
          const size = t.book?.sizes.find((s) => s.id === (chosen.size ?? t.book?.defaultSize));
          const trim = size ? { width: size.widthMm, height: size.heightMm } : t.trimMm;
          return (
            <li key={t.id} className="template-card" aria-labelledby={`tpl-${t.id}-kind`}>
              <h3 id={`tpl-${t.id}-kind`}>{capitalise(kindName(t.kind))}</h3>
              <p id={`tpl-${t.id}`} className="template-info">
                <strong>{t.name}</strong>
                <span className="muted"> · {trim.width} × {trim.height} mm{t.source === 'user' ? ' · mẫu riêng' : ''}</span>
              </p>
              {t.description && <p className="muted small">{t.description}</p>}
              {hasChoices(t.book) && (
                <div className="field-row template-options">
                  <BookOptionsFields options={t.book} choices={chosen}
                    onChoices={(next) => setChoices({ ...choices, [t.id]: next })} />
                </div>
              )}
              <button type="button" className="primary" disabled={busy} onClick={() => create(t)}
                aria-describedby={`tpl-${t.id}`}>
                Tạo {kindName(t.kind)} mới
              </button>
            </li>
          );
        })}
      </ul>
      {templates && templates.problems.length > 0 && (
        <details className="template-problems">
          <summary>Có {templates.problems.length} mẫu chưa dùng được</summary>
          <ul>
            {templates.problems.map((p, i) => (
              <li key={i}>
                <code>{p.dir}</code>: tệp <code>{p.file}</code>
                {p.field && <>, trường <code>{p.field}</code></>}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

// "Tạo tờ gấp mới": one button per template pack found. Packs that could not
// be read are listed with the file and field at fault, so whoever made the
// pack knows what to fix; they never stop the others from working.
import { useState } from 'react';
import type { TemplateList } from '../../../electron/api.js';
import { api, errorMessage } from '../api/client.js';
import { kindName } from '../format.js';

interface Props {
  templates?: TemplateList;
  onCreated(id: string): void;
  onError(message: string): void;
}

export function NewPublication({ templates, onCreated, onError }: Props) {
  const [busy, setBusy] = useState(false);

  const create = async (templateId: string) => {
    setBusy(true);
    try {
      const created = await api.call('publications.create', { templateId });
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
        {templates?.templates.map((t) => (
          <li key={t.id} className="template-card">
            <button type="button" className="primary" disabled={busy} onClick={() => create(t.id)}
              aria-describedby={`tpl-${t.id}`}>
              Tạo {kindName(t.kind)} mới
            </button>
            <div id={`tpl-${t.id}`}>
              <strong>{t.name}</strong>
              <span className="muted"> · {t.trimMm.width} × {t.trimMm.height} mm{t.source === 'user' ? ' · mẫu riêng' : ''}</span>
              {t.description && <p className="muted small">{t.description}</p>}
            </div>
          </li>
        ))}
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

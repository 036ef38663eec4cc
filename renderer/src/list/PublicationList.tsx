// Screen 1: the publications in the store, newest first, and the templates a
// new one can start from.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationSummary, TemplateList } from '../../../contract/publications.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime, kindName, capitalise } from '../format.js';
import { openPublication, publicationHref } from '../route.js';
import { NewPublication } from './NewPublication.js';
import { PublicationRow } from './PublicationRow.js';
import { RecentPublications, SampleOffer } from './RecentPublications.js';

type Loaded = { publications: PublicationSummary[]; templates: TemplateList };

export function PublicationList() {
  const { t } = useTranslation(['list', 'common']);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      const [publications, templates] = await Promise.all([
        api.call('publications.list', {}),
        api.call('templates.list', {}),
      ]);
      publications.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      setLoaded({ publications, templates });
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (id: string) => {
    try {
      await api.call('publications.delete', { id });
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const templateName = (id: string) => loaded?.templates.templates.find((t) => t.id === id)?.name ?? id;

  return (
    <div className="list-screen">
      <NewPublication templates={loaded?.templates} onCreated={(id) => openPublication(id)} onError={setError} />
      <section aria-labelledby="list-title">
        <h1 id="list-title">{t('title')}</h1>
        {error && <p className="message error" role="alert">{error}</p>}
        {!loaded && !error && <p className="muted">{t('common:loading')}</p>}
        {loaded && loaded.publications.length === 0 && (
          <>
            <p className="muted">{t('empty')}</p>
            <SampleOffer onError={setError} />
          </>
        )}
        {loaded && <RecentPublications version={loaded} />}
        {loaded && loaded.publications.length > 0 && (
          <table className="publications" data-testid="publication-list">
            <thead>
              <tr>
                <th scope="col">{t('column.title')}</th>
                <th scope="col">{t('column.template')}</th>
                <th scope="col">{t('column.savedAt')}</th>
                <th scope="col"><span className="visually-hidden">{t('column.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {loaded.publications.map((p) => (
                <PublicationRow
                  key={p.id}
                  href={publicationHref(p.id)}
                  title={p.title}
                  template={`${capitalise(kindName(p.kind))} · ${templateName(p.templateId)}`}
                  savedAt={formatDateTime(p.updatedAt)}
                  onOpen={() => openPublication(p.id)}
                  onDelete={() => remove(p.id)}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

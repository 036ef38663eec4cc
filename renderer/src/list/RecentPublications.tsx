// "Mở gần đây": the publications last opened, newest first (kept by the
// service, deleted ones left out), and on a first run the sample offer.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationSummary } from '../../../contract/publications.js';
import { api, errorMessage } from '../api/client.js';
import { openPublication, publicationHref } from '../route.js';

/** `version` changes when the list changes (a delete), so the recent list follows. */
export function RecentPublications({ version }: { version: unknown }) {
  const { t } = useTranslation(['list', 'common']);
  const [recent, setRecent] = useState<PublicationSummary[]>([]);
  useEffect(() => {
    api.call('publications.recent', {}).then(setRecent, () => setRecent([]));
  }, [version]);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recent')}</h2>
      <ol data-testid="recent-list">
        {recent.map((p) => (
          <li key={p.id}><a href={publicationHref(p.id)}>{p.title || t('common:untitled')}</a></li>
        ))}
      </ol>
    </section>
  );
}

/** First run: nothing in the store yet, so offer the sample leaflet to look around in. */
export function SampleOffer({ onError }: { onError(message: string): void }) {
  const { t } = useTranslation('list');
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      openPublication((await api.call('publications.createSample', {})).id);
    } catch (e) {
      onError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <p className="sample-offer">
      {t('sample.offer')}{' '}
      <button type="button" disabled={busy} onClick={() => void open()}>{t('sample.open')}</button>
    </p>
  );
}

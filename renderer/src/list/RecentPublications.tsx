// "Mở gần đây": the publications last opened, newest first (kept by the
// service, deleted ones left out), and on a first run the sample offer.
import { useEffect, useState } from 'react';
import type { PublicationSummary } from '../../../electron/api.js';
import { api, errorMessage } from '../api/client.js';
import { openPublication, publicationHref } from '../route.js';

/** `version` changes when the list changes (a delete), so the recent list follows. */
export function RecentPublications({ version }: { version: unknown }) {
  const [recent, setRecent] = useState<PublicationSummary[]>([]);
  useEffect(() => {
    api.call('publications.recent', {}).then(setRecent, () => setRecent([]));
  }, [version]);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Mở gần đây</h2>
      <ol data-testid="recent-list">
        {recent.map((p) => (
          <li key={p.id}><a href={publicationHref(p.id)}>{p.title || '(chưa có tiêu đề)'}</a></li>
        ))}
      </ol>
    </section>
  );
}

/** First run: nothing in the store yet, so offer the sample leaflet to look around in. */
export function SampleOffer({ onError }: { onError(message: string): void }) {
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
      Lần đầu dùng? Hãy mở một tờ gấp mẫu có sẵn nội dung để xem thử cách soạn.{' '}
      <button type="button" disabled={busy} onClick={() => void open()}>Mở ấn phẩm mẫu</button>
    </p>
  );
}

// Every change ever made to one cited act, newest first: when, who, how
// (on the screen, from which file, or the app's own registry update) and
// each field as it was before and after.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LawChange } from '../../../contract/library.js';
import { formatDate } from '../../../contract/dates.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime } from '../format.js';

const DATES = new Set(['issued', 'effective', 'changedOn']);

export function LawHistory({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation('library');
  const [changes, setChanges] = useState<LawChange[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.call('laws.history', { id }).then((found) => setChanges([...found].reverse()), (e) => setError(errorMessage(e)));
  }, [id]);

  /** A stored value as the screen shows it; older stores may hold values no longer offered (a status "expired"). */
  const shown = (field: string, value: unknown): string => {
    if (value === undefined || value === '') return t('history.empty');
    const text = String(value);
    if (field === 'status') return t(`lawStatus.${text}`, { defaultValue: text });
    if (field === 'type') return t(`lawType.${text}`, { defaultValue: text });
    return DATES.has(field) ? formatDate(text) : text;
  };
  const fieldsChanged = (c: LawChange) => {
    if (!c.before) return [];
    const before = c.before as Record<string, unknown>;
    const after = c.after as Record<string, unknown>;
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'id' && before[f] !== after[f]);
  };

  return (
    <section className="law-history" aria-label={t('laws.historyNamed', { number })}>
      <h3>{t('laws.historyNamed', { number })}</h3>
      {error && <p className="message error" role="alert">{error}</p>}
      {changes?.length === 0 && <p className="muted">{t('laws.noHistory')}</p>}
      <ol>
        {changes?.map((c, i) => (
          <li key={i}>
            <strong>{t('history.entry', { at: formatDateTime(c.at), by: c.by })}</strong>: {t(`history.action.${c.action}`, { source: c.source ?? '' })}
            <ul>
              {fieldsChanged(c).map((f) => (
                <li key={f}>{t('history.change', { field: t(`history.field.${f}`, { defaultValue: f }), before: shown(f, c.before?.[f as keyof typeof c.before]), after: shown(f, c.after[f as keyof typeof c.after]) })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

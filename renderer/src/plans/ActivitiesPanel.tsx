// A plan's activities against their targets: done (events held, or news items
// for a media activity) with a bar, the people who came (of whom women), the
// copies handed out at the events, and when each is due.
import { useTranslation } from 'react-i18next';
import type { ActivityProgress } from '../../../contract/plans.js';
import { formatDate, formatInteger } from '../records/format.js';
import { dueQuarter } from './due.js';
import { Progress } from './Progress.js';

export function ActivitiesPanel({ activities }: { activities: ActivityProgress[] }) {
  const { t } = useTranslation('plans');
  const due = (d: string | undefined) => {
    if (!d) return '';
    const quarter = dueQuarter(d);
    return quarter ? t('activities.quarter', quarter) : formatDate(d);
  };
  return (
    <section className="rec-panel" aria-label={t('activities.heading')}>
      <h2>{t('activities.heading')}</h2>
      <table className="rec-table" aria-label={t('activities.table')}>
        <thead>
          <tr>
            <th className="num">{t('activities.no')}</th><th>{t('activities.name')}</th><th className="num">{t('activities.target')}</th>
            <th className="num">{t('activities.done')}</th><th>{t('activities.progress')}</th><th className="num">{t('activities.participants')}</th>
            <th className="num">{t('activities.copies')}</th><th>{t('activities.due')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a, i) => (
            <tr key={a.id}>
              <td className="num">{i + 1}</td>
              <td>{a.name}</td>
              <td className="num">{a.target > 0 ? t('activities.count', { count: formatInteger(a.target), unit: a.unitOfCount }) : <span className="muted">{t('activities.noTarget')}</span>}</td>
              <td className="num">{formatInteger(a.done)}</td>
              <td>{a.target > 0 && <Progress done={a.done} of={a.target} />}</td>
              {/* Women in brackets once any were counted: a plan of before 2026 recorded only heads. */}
              <td className="num">{a.media ? '' : a.women > 0 ? t('activities.participantsValue', { all: formatInteger(a.participants), women: formatInteger(a.women) }) : formatInteger(a.participants)}</td>
              <td className="num">{a.media ? '' : formatInteger(a.copies)}</td>
              <td>{due(a.due)}</td>
            </tr>
          ))}
          {activities.length === 0 && <tr><td colSpan={8} className="muted">{t('activities.empty')}</td></tr>}
        </tbody>
      </table>
    </section>
  );
}

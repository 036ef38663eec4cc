// One publication in the list.
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ConfirmButton.js';

interface Props {
  href: string;
  title: string;
  template: string;
  savedAt: string;
  onOpen(): void;
  onDelete(): void;
}

export function PublicationRow({ href, title, template, savedAt, onOpen, onDelete }: Props) {
  const { t } = useTranslation(['list', 'common']);
  return (
    <tr>
      <td>
        <a href={href} className="title-link">
          {title || t('common:untitled')}
        </a>
      </td>
      <td>{template}</td>
      <td>{savedAt}</td>
      <td className="row-actions">
        <button type="button" onClick={onOpen} aria-label={t('openNamed', { title })}>{t('open')}</button>
        <ConfirmButton label={t('deleteNamed', { title })} question={t('deleteQuestion')} onConfirm={onDelete}>{t('common:deleteAsk')}</ConfirmButton>
      </td>
    </tr>
  );
}

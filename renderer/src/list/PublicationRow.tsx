// One publication in the list.
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
  return (
    <tr>
      <td>
        <a href={href} className="title-link">
          {title || '(chưa có tiêu đề)'}
        </a>
      </td>
      <td>{template}</td>
      <td>{savedAt}</td>
      <td className="row-actions">
        <button type="button" onClick={onOpen} aria-label={`Mở «${title}»`}>Mở</button>
        <ConfirmButton label={`Xoá «${title}»`} question="Xoá hẳn ấn phẩm này?" onConfirm={onDelete}>Xoá…</ConfirmButton>
      </td>
    </tr>
  );
}

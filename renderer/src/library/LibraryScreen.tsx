// Screen #/library: the whole content library to browse and search, and the
// laws it cites with their status (which preflight checks citations against).
import { useEffect, useState } from 'react';
import { LAW_STATUSES, LAW_STATUS_LABELS, type Law, type LawStatus } from '../../../electron/library/api.js';
import { api, errorMessage } from '../api/client.js';
import { LibrarySearch } from './LibrarySearch.js';
import './library.css';

export function LibraryScreen() {
  const [laws, setLaws] = useState<Law[]>([]);
  const [message, setMessage] = useState('');
  useEffect(() => {
    api.call('library.catalogue', {}).then((c) => setLaws(c.laws)).catch((e) => setMessage(errorMessage(e)));
  }, []);

  const setStatus = async (law: Law, status: LawStatus) => {
    try {
      const saved = await api.call('laws.save', { law: { ...law, status } });
      setLaws(laws.map((l) => (l.id === saved.id ? saved : l)));
      setMessage(`Đã ghi: ${saved.title} số ${saved.number} ${LAW_STATUS_LABELS[status]}.`);
    } catch (e) {
      setMessage(`Chưa ghi được: ${errorMessage(e)}`);
    }
  };

  return (
    <div className="library-screen">
      <div className="toolbar">
        <a href="#/">← Danh sách ấn phẩm</a>
        <h1>Thư viện nội dung</h1>
      </div>
      <p className="hint">Các đoạn hỏi – đáp, giải thích, trích dẫn và khung liên hệ dùng lại được. Mở một ấn phẩm để chèn mục vào đó.</p>
      <LibrarySearch />
      <section aria-label="Văn bản pháp luật được trích dẫn">
        <h2>Văn bản pháp luật được trích dẫn</h2>
        {message && <p className="message" role="status">{message}</p>}
        <table className="laws">
          <thead><tr><th>Số hiệu</th><th>Tên</th><th>Hiệu lực</th><th>Tình trạng</th></tr></thead>
          <tbody>
            {laws.map((law) => (
              <tr key={law.id}>
                <td>{law.number}</td>
                <td>{law.title}{law.note && <div className="muted small">{law.note}</div>}</td>
                <td>{law.effective ? law.effective.split('-').reverse().join('/') : '—'}</td>
                <td>
                  <select aria-label={`Tình trạng của ${law.number}`} value={law.status} onChange={(e) => void setStatus(law, e.target.value as LawStatus)}>
                    {LAW_STATUSES.map((s) => <option key={s} value={s}>{LAW_STATUS_LABELS[s]}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">Khi một văn bản không còn hiệu lực, bước kiểm tra trước khi in sẽ cảnh báo mọi ấn phẩm còn trích dẫn nó.</p>
      </section>
    </div>
  );
}

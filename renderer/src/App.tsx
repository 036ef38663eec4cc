import { PublicationList } from './list/PublicationList.js';
import { Editor } from './editor/Editor.js';
import { useRoute } from './route.js';

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="app-header">
        <a className="app-name" href="#/">Ấn phẩm TGPL</a>
        <span className="app-owner">Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn</span>
      </header>
      <main className="app-main">
        {route.screen === 'editor' ? <Editor key={route.id} id={route.id} /> : <PublicationList />}
      </main>
    </>
  );
}

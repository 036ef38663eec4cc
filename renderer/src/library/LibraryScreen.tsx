// Screen #/library: the whole content library to browse and search, and the
// registry of cited acts (LawsSection) that preflight checks citations against.
import { useTranslation } from 'react-i18next';
import { LawsSection } from './LawsSection.js';
import { LibrarySearch } from './LibrarySearch.js';
import './library.css';

export function LibraryScreen() {
  const { t } = useTranslation('library');
  return (
    <div className="library-screen">
      <div className="toolbar">
        <a href="#/">{t('screen.back')}</a>
        <h1>{t('screen.title')}</h1>
      </div>
      <p className="hint">{t('screen.intro')}</p>
      <LibrarySearch />
      <LawsSection />
    </div>
  );
}

import { PublicationList } from './list/PublicationList.js';
import { Editor } from './editor/Editor.js';
import { useRoute } from './route.js';
import { RecordsNav } from './records/RecordsNav.js';
import { RecordsScreen } from './records/RecordsScreen.js';
import { useRecordsRoute } from './records/route.js';
import { ContentScreen } from './library/ContentScreen.js';
import { ImportDropZone } from './library/ImportDropZone.js';
import { useContentRoute } from './library/route.js';
import { DistributionScreen } from './distribution/DistributionScreen.js';
import { useDistributionRoute } from './distribution/route.js';
import { PlansScreen } from './plans/PlansScreen.js';
import { usePlansRoute } from './plans/route.js';
import { isSettingsRoute, SettingsScreen, SETTINGS_HREF } from './settings/SettingsScreen.js';
import { LanguageSwitch } from './settings/LanguageSwitch.js';
import { useTranslation } from 'react-i18next';

export function App() {
  const route = useRoute();
  const records = useRecordsRoute();
  const content = useContentRoute();
  const distribution = useDistributionRoute();
  const plans = usePlansRoute();
  // Every screen below re-renders with the app when the language changes.
  const { t } = useTranslation('app');
  return (
    <>
      <header className="app-header">
        <a className="app-name" href="#/">{t('name')}</a>
        <span className="app-owner">{t('owner')}</span>
        <LanguageSwitch />
        <a className="app-settings" href={SETTINGS_HREF}>{t('settings')}</a>
      </header>
      <main className="app-main">
        {distribution ? <DistributionScreen route={distribution} /> : plans ? <PlansScreen route={plans} /> : content ? <ContentScreen route={content} /> : records ? <RecordsScreen route={records} /> : route.screen === 'editor' ? <Editor key={route.id} id={route.id} /> : isSettingsRoute() ? <SettingsScreen /> : <><RecordsNav current="#/" /><ImportDropZone /><PublicationList /></>}
      </main>
    </>
  );
}

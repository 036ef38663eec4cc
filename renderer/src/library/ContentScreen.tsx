// The screen for a content route: the library, or a publication's versions.
import { CompareScreen } from '../approval/CompareScreen.js';
import { LibraryScreen } from './LibraryScreen.js';
import type { ContentRoute } from './route.js';

export function ContentScreen({ route }: { route: ContentRoute }) {
  return route.screen === 'library' ? <LibraryScreen /> : <CompareScreen key={route.id} id={route.id} />;
}

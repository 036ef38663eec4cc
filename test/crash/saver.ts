// Child process of crash-safety.test.ts: saves generation START…END, each
// one a publication through the conf store and three record collections in
// one record-files change, and prints the generation once both are on disk.
// The parent kills it with SIGKILL at random moments.
import { createPublicationService } from '../../services/publications/service.js';
import { createBackup } from '../../services/storage/backups.js';
import { openConfStore } from '../../services/storage/conf-store.js';
import { migrate } from '../../services/migrations.js';
import { openRecordFiles } from '../../services/storage/record-files.js';
import { COLLECTIONS_UNDER_TEST, publicationOf, recordsOf } from './generation.js';

const [dataDir, startText, endText] = process.argv.slice(2);
const store = openConfStore(dataDir);
migrate(store);
const publications = createPublicationService(store, {
  starter: () => publicationOf(0),
  kindOf: () => 'leaflet',
});
const files = openRecordFiles(dataDir);
const id = publications.list()[0]?.id ?? publications.create('leaflet-trifold-a4').id;
process.stdout.write('ready\n');

for (let generation = Number(startText); generation <= Number(endText); generation++) {
  publications.save(id, publicationOf(generation));
  files.write(Object.fromEntries(COLLECTIONS_UNDER_TEST.map((name) => [name, recordsOf(name, generation)])));
  if (generation % 50 === 0) createBackup(dataDir, 'periodic', { onlyIfChanged: true });
  process.stdout.write(`${generation}\n`);
}

// The editor's publications as the records see them: id, kind and title,
// read from the store without loading any template pack.
import type { Store } from '../storage/store.js';
import { InputError } from '../../contract/errors.js';
import { createPublicationService } from '../publications/service.js';
import { PUBLICATION_KINDS, type PublicationEntry } from '../../contract/record-schemas.js';

export function editorPublications(store: Store): () => PublicationEntry[] {
  const publications = createPublicationService(store, {
    starter: () => {
      throw new InputError('ấn phẩm mới được tạo trong trình soạn thảo, không từ hồ sơ in ấn.');
    },
    kindOf: () => 'other',
  });
  return () => publications.list().map(({ id, kind, title }) => ({ id, kind: asKind(kind), title: title.trim() || id }));
}

function asKind(kind: string): PublicationEntry['kind'] {
  return (PUBLICATION_KINDS as readonly string[]).includes(kind) ? (kind as PublicationEntry['kind']) : 'other';
}

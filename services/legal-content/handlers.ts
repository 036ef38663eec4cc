// The legal-content methods bound to their services (electron/handlers.ts
// spreads these in). The input is already checked against contentSchemas.
import type { z } from 'zod';
import { contentSchemas, type ContentResults } from '../../contract/legal-content.js';
import { NotFoundError } from '../../contract/errors.js';
import type { ContentServices } from './service.js';

export type ContentHandlers = {
  [M in keyof typeof contentSchemas]: (input: z.output<(typeof contentSchemas)[M]>) => Promise<ContentResults[M]>;
};

/** `services` may be absent where only publications are served (some tests); each call then says so. */
export function contentHandlers(services: ContentServices | undefined): ContentHandlers {
  const content = (): ContentServices => {
    if (!services) throw new NotFoundError('Thư viện nội dung và phê duyệt chưa được mở trong phiên này.');
    return services;
  };
  return {
    'render.docx': ({ publication }) => content().docx(publication),
    'import.file': ({ fileName, base64, encoding, templateId }) => content().importFile(fileName, Buffer.from(base64, 'base64'), encoding, templateId),
    'import.text': async ({ text, encoding }) => content().importText(text, encoding),
    'library.search': async (query) => content().library.search(query),
    'library.catalogue': async () => content().library.catalogue(),
    'library.get': async ({ id }) => content().library.get(id),
    'library.save': async ({ item }) => content().library.save(item),
    'library.delete': async ({ id }) => content().library.remove(id),
    'library.insert': async ({ publicationId, itemId, slot, mode, index }) => content().library.insert(publicationId, itemId, slot, mode, index),
    'library.links': async ({ publicationId }) => content().library.links(publicationId),
    'library.updateLinks': async ({ publicationId, itemIds }) => content().library.updateLinks(publicationId, itemIds),
    'laws.save': async ({ law }) => content().library.saveLaw(law),
    'approval.get': async ({ id }) => content().approvals.view(id),
    'approval.submit': async ({ id, by, note }) => content().approvals.submit(id, { by, note }),
    'approval.approve': async ({ id, by, note }) => content().approvals.approve(id, { by, note }),
    'approval.return': async ({ id, by, note }) => content().approvals.returnToDraft(id, { by, note }),
    'approval.sendToPrint': async ({ id, by, note }) => content().approvals.sendToPrint(id, { by, note }),
    'approval.newVersion': async ({ id }) => content().approvals.newVersion(id),
    'versions.compare': async ({ id, from, to }) => content().approvals.compare(id, from, to),
  };
}

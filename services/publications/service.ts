// Publications the editors keep in the store (ấn phẩm đã lưu): list, open,
// create from a template's starter content, save, delete. Every save is
// checked against the publication format first; an invalid one changes nothing.
import { randomUUID } from 'node:crypto';
import type { PublicationSummary, StoredPublication } from '../../contract/publications.js';
import type { Publication } from '../../contract/publication-format.js';
import { readPublication } from '../../engine/validate.js';
import type { Store } from '../storage/store.js';
import { NotFoundError } from '../../contract/errors.js';

const KEY = 'publications';

/** What the service needs to know about templates (kept abstract so the store does not load packs). */
export interface TemplateCatalog {
  /** A new publication with the pack's starter content; InputError when the template is unknown. */
  starter(templateId: string, title?: string): Publication;
  /** The pack's kind (`leaflet`, …), or `other` when the pack is gone. */
  kindOf(templateId: string): string;
}

/** As stored: the contract's StoredPublication plus the kind, so the list needs no template lookup. */
type PublicationRecord = StoredPublication & { kind: string };

export interface PublicationService {
  list(): PublicationSummary[];
  get(id: string): StoredPublication;
  create(templateId: string, title?: string): StoredPublication;
  save(id: string, input: unknown): { updatedAt: string };
  delete(id: string): { deleted: true };
}

export function createPublicationService(
  store: Store,
  templates: TemplateCatalog,
  now: () => Date = () => new Date(),
): PublicationService {
  const readAll = (): Record<string, PublicationRecord> =>
    (store.get(KEY) as Record<string, PublicationRecord> | undefined) ?? {};
  const writeAll = (records: Record<string, PublicationRecord>) => store.set(KEY, records);

  const find = (id: string): PublicationRecord => {
    const all = readAll();
    const record = Object.hasOwn(all, id) ? all[id] : undefined;
    if (!record) throw new NotFoundError(`Không tìm thấy ấn phẩm có mã "${id}"; có thể nó đã bị xóa.`);
    return record;
  };

  return {
    list() {
      return Object.values(readAll())
        .map(({ id, publication, kind, createdAt, updatedAt }) => ({
          id,
          title: publication.meta.title,
          templateId: publication.template,
          kind,
          createdAt,
          updatedAt,
        }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    get(id) {
      return toStored(find(id));
    },

    create(templateId, title) {
      const publication = templates.starter(templateId, title);
      const stamp = now().toISOString();
      const record: PublicationRecord = {
        id: randomUUID(),
        publication,
        kind: templates.kindOf(templateId),
        createdAt: stamp,
        updatedAt: stamp,
      };
      writeAll({ ...readAll(), [record.id]: record });
      return toStored(record);
    },

    save(id, input) {
      const existing = find(id);
      // Validate before touching the store: a rejected save leaves it as it was.
      const publication = readPublication(input);
      const updatedAt = now().toISOString();
      writeAll({
        ...readAll(),
        [id]: { ...existing, publication, kind: templates.kindOf(publication.template), updatedAt },
      });
      return { updatedAt };
    },

    delete(id) {
      find(id);
      const { [id]: _removed, ...rest } = readAll();
      writeAll(rest);
      return { deleted: true };
    },
  };
}

function toStored({ id, publication, createdAt, updatedAt }: PublicationRecord): StoredPublication {
  return { id, publication, createdAt, updatedAt };
}

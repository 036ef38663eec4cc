// Import's methods (contract/import.ts).
import { importApi } from '../../contract/import.js';
import { defineHandlers } from '../define-handlers.js';
import type { ImportService } from './service.js';

export function importHandlers(importer: ImportService) {
  return defineHandlers(importApi, {
    'import.file': ({ fileName, base64, encoding, templateId }) => importer.file(fileName, Buffer.from(base64, 'base64'), encoding, templateId),
    'import.text': async ({ text, encoding }) => importer.text(text, encoding),
  });
}

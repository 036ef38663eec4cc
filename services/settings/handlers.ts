// Settings' methods (contract/settings.ts): the Centre's details and the app's language.
import { settingsApi } from '../../contract/settings.js';
import { defineHandlers } from '../define-handlers.js';
import type { SettingsService } from './service.js';

export function settingsHandlers(settings: SettingsService) {
  return defineHandlers(settingsApi, {
    'settings.get': async () => settings.get(),
    'settings.save': async ({ settings: input }) => settings.save(input),
  });
}

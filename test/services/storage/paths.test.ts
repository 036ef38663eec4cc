import { describe, expect, it } from 'vitest';
import { DATA_FOLDER_NAME, defaultDataDir } from '../../../services/storage/paths.js';

describe('defaultDataDir', () => {
  it('follows each OS convention for per-user application data', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an')).toBe(
      `C:\\Users\\an\\AppData\\Roaming\\${DATA_FOLDER_NAME}`,
    );
    expect(defaultDataDir('darwin', {}, '/Users/an')).toBe(`/Users/an/Library/Application Support/${DATA_FOLDER_NAME}`);
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/an')).toBe(`/srv/cfg/${DATA_FOLDER_NAME}`);
    expect(defaultDataDir('linux', {}, '/home/an')).toBe(`/home/an/.config/${DATA_FOLDER_NAME}`);
  });
});

// `npm start` / `npm run build`: main and preload for Electron, the renderer
// with the same React setup as renderer/vite.config.ts (used by `serve`).
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config.js';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: 'electron/main.ts', formats: ['es'], fileName: () => 'main.js' },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is loaded as a classic script: CommonJS, one file,
      // nothing from node_modules left to require at run time.
      lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: 'renderer',
    plugins: rendererConfig.plugins,
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: 'renderer/index.html' },
    },
  },
});

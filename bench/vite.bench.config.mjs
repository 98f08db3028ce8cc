// Builds bench/pages/bare.html (bare vis-timeline, the same esnext builds as the app) into
// bench/.dist/bare, served by bench/run.mjs at /bench/bare/. Same target and minifier as the app.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'pages'),
  base: '/bench/bare/',
  logLevel: 'warn',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(here, '.dist/bare'),
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: resolve(here, 'pages/bare.html') },
  },
});

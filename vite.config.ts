/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { firstRequests } from './scripts/first-requests-plugin.ts';
import { visTimelineUsedUtils } from './scripts/vis-timeline-used-utils.ts';
import { visTimelineWithoutGraph2d } from './scripts/vis-timeline-without-graph2d.ts';

const DATASET_FILE = resolve(import.meta.dirname, 'data/events.json');
const DATASET_PATH = 'data/events.json';

/**
 * The dataset is fetched at run time, not bundled, so a newsroom can swap the file without a
 * rebuild. In dev it is served from data/; in a build it is emitted beside index.html.
 */
function datasetFile(): Plugin {
  return {
    name: 'escalation-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.endsWith(`/${DATASET_PATH}`)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(DATASET_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: readFileSync(DATASET_FILE) });
    },
  };
}

export default defineConfig({
  // Relative by default, so the build works from any folder; BASE_PATH pins an absolute one.
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    tailwindcss(),
    datasetFile(),
    visTimelineWithoutGraph2d(),
    visTimelineUsedUtils(),
    firstRequests(DATASET_PATH),
  ],
  // vis-timeline's HTML sanitiser is replaced by escaping (src/timeline/html-as-text.ts): it is only
  // ever given its own axis labels, since everything from a dataset reaches it as DOM nodes.
  resolve: {
    // keycharm serves only vis-timeline's `clickToUse` mode, which the timeline never turns on.
    alias: [
      { find: /^xss$/, replacement: resolve(import.meta.dirname, 'src/timeline/html-as-text.ts') },
      { find: /^keycharm$/, replacement: resolve(import.meta.dirname, 'src/timeline/no-keycharm.ts') },
    ],
  },
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tools/**/*.test.ts'],
    css: false,
  },
});

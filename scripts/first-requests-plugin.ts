import { resolve } from 'node:path';
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { DATASET_REQUEST } from '../src/dataset/request-options.ts';
import { NARROW_SCREEN } from '../src/lib/screens.ts';
import { PLAN_ID, type FirstRequestsPlan } from '../src/start/first-requests.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EARLY = resolve(ROOT, 'src/start/early.ts');
const TIMELINE = resolve(ROOT, 'src/timeline/timeline-view.tsx');
const VALIDATOR = resolve(ROOT, 'src/dataset/validate-dataset.ts');

/**
 * Builds src/start/early.ts as a script of its own and puts it first in index.html, with the plan
 * it follows: the dataset's address and the file names of the timeline's and the validator's code
 * (known only once the bundle is written). It then starts those requests while the app's bundle is
 * still downloading (see src/start/first-requests.ts). Build only: in dev the app makes them.
 */
export function firstRequests(datasetPath: string): Plugin {
  let base = './';
  return {
    name: 'first-requests',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: EARLY, name: 'first-requests' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId !== EARLY);
        const early = chunks.find((c) => c.facadeModuleId === EARLY);
        if (!entry || !early) throw new Error('first-requests: the entry or the first script is missing');
        if (early.imports.length)
          throw new Error(
            `first-requests: ${early.fileName} imports ${early.imports.join(', ')}: it must stand alone`,
          );
        const loaded = new Set([entry.fileName, ...entry.imports]);
        // The chunk that holds a module (the validator's is shared with the spreadsheet readers,
        // so it has no facade of its own).
        const code = (id: string) => {
          const chunk =
            chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
          if (!chunk) throw new Error(`first-requests: no chunk for ${id}`);
          const css = [...(chunk.viteMetadata?.importedCss ?? [])];
          return [chunk.fileName, ...chunk.imports, ...css]
            .filter((f) => !loaded.has(f))
            .map((f) => base + f);
        };
        const plan: FirstRequestsPlan = {
          dataset: base + datasetPath,
          request: { headers: { ...DATASET_REQUEST.headers }, credentials: DATASET_REQUEST.credentials },
          narrow: NARROW_SCREEN,
          timeline: code(TIMELINE),
          validator: code(VALIDATOR),
        };
        // In a script element, "</" would end it: the JSON escapes "<".
        const json = JSON.stringify(plan).replace(/</g, '\\u003c');
        const tags =
          `<script type="application/json" id="${PLAN_ID}">${json}</script>\n` +
          `    <script type="module" async src="${base}${early.fileName}"></script>\n    `;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('first-requests: index.html has no module script');
        return html.slice(0, at) + tags + html.slice(at);
      },
    },
  };
}

import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A folder may import from its own layer and the ones below it;
 * the views sit side by side and do not import each other (what two share moves down a layer).
 */
export const LAYERS = [
  ['lib', 'start'],
  ['url-state'],
  ['dataset'],
  ['filters'],
  ['event-parts'],
  ['timeline', 'list', 'details', 'density', 'export', 'embed', 'open-file'],
  ['app'],
];

const onlyTimelineTalksToVis = {
  group: ['vis-timeline*', 'vis-data*'],
  message: 'Only src/timeline/ talks to vis-timeline.',
};

/** One config block per folder of src/: the folders it must not import from. */
function layerRules() {
  return LAYERS.flatMap((layer, level) =>
    layer.map((folder) => {
      const above = LAYERS.slice(level + 1).flat();
      const siblings = layer.length > 1 ? layer.filter((f) => f !== folder) : [];
      const forbidden = [...above, ...siblings].map((f) => ({
        group: [`../${f}`, `../${f}/*`],
        message: siblings.includes(f)
          ? `src/${folder}/ is a view and must not import another view (src/${f}/): move what both need down a layer.`
          : `src/${folder}/ sits below src/${f}/ and must not import from it (layers: ${LAYERS.map((l) => l.join('|')).join(' ← ')}).`,
      }));
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        ignores: ['src/**/*.test.{ts,tsx}'],
        rules: {
          'no-restricted-imports': [
            'error',
            { patterns: folder === 'timeline' ? forbidden : [onlyTimelineTalksToVis, ...forbidden] },
          ],
        },
      };
    }),
  );
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'ci-results', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/timeline/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyTimelineTalksToVis] }] },
  },
  ...layerRules(),
  // The browser tests and the benchmark share tools/ and never import each other.
  {
    files: ['e2e/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../bench', '../bench/*'], message: 'e2e/ and bench/ share tools/ only.' }] },
      ],
    },
  },
  {
    files: ['bench/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../e2e', '../e2e/*'], message: 'e2e/ and bench/ share tools/ only.' }] },
      ],
    },
  },
  {
    files: ['tools/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../e2e', '../e2e/*', '../bench', '../bench/*'],
              message: 'tools/ imports neither e2e/ nor bench/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The first load stays small: zod (through schema.ts) and the timeline's library load on demand.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/dataset/**', 'src/timeline/**', 'src/test/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/dataset/schema'],
              allowTypeImports: true,
              message:
                'schema.ts brings zod into the first load: take values from dataset/fields (types are free).',
            },
            {
              group: ['**/timeline/*'],
              allowTypeImports: true,
              message: 'The timeline is its own chunk: load it through app/lazy-timeline (types are free).',
            },
          ],
        },
      ],
    },
  },
);

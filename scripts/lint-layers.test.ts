import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// Linting loads the whole config and TypeScript parser once: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint keeps the layers of src/', () => {
  it.each([
    ['src/lib/bad.ts', "import { getVocab } from '../dataset/vocab';", /below src\/dataset/],
    ['src/dataset/bad.ts', "import { filterEvents } from '../filters/apply-filters';", /below src\/filters/],
    [
      'src/filters/bad.ts',
      "import { TypeBadge } from '../event-parts/type-badge';",
      /below src\/event-parts/,
    ],
    ['src/list/bad.ts', "import { DetailsPanel } from '../details/details-panel';", /another view/],
    ['src/timeline/bad.ts', "import { App } from '../app/app';", /below src\/app/],
    ['src/list/bad.ts', "import { Timeline } from 'vis-timeline/esnext';", /Only src\/timeline/],
  ])('refuses in %s: %s', async (file, code, message) => {
    const found = await problems(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/list/ok.ts', "import { filterEvents } from '../filters/apply-filters';"],
    ['src/details/ok.ts', "import { TypeBadge } from '../event-parts/type-badge';"],
    ['src/app/ok.ts', "import { DetailsPanel } from '../details/details-panel';"],
    ['src/timeline/ok.ts', "import { Timeline } from 'vis-timeline/esnext';"],
  ])('allows in %s: %s', async (file, code) => {
    const found = await problems(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([]);
  });
});

describe('lint keeps the browser tests and the benchmark apart', () => {
  it.each([
    ['bench/bad.mjs', "import { test } from '../e2e/fixtures';"],
    ['e2e/bad.spec.ts', "import { stats } from '../bench/stats.mjs';"],
    ['tools/bad.mjs', "import { stats } from '../bench/stats.mjs';"],
  ])('refuses in %s: %s', async (file, code) => {
    const found = await problems(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([expect.stringMatching(/share tools|imports neither/)]);
  });

  it('lets both use tools/', async () => {
    expect(
      await problems(
        'bench/ok.mjs',
        "import { serve } from '../tools/serve.mjs';\nexport const used = [serve];\n",
      ),
    ).toEqual([]);
  });
});

describe('lint keeps zod and the timeline out of the first load', () => {
  async function found(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);
  }

  it.each([
    [
      'src/list/bad.ts',
      "import { ACTOR_ROLES } from '../dataset/schema';\nexport const x = ACTOR_ROLES;",
      /zod/,
    ],
    [
      'src/app/bad.tsx',
      "import { TimelineView } from '../timeline/timeline-view';\nexport const x = TimelineView;",
      /own chunk/,
    ],
  ])('refuses in %s a value import: %s', async (file, code, message) => {
    expect(await found(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/list/ok.ts', "import type { Dataset } from '../dataset/schema';\nexport type X = Dataset;"],
    ['src/list/ok.ts', "import { ACTOR_ROLES } from '../dataset/fields';\nexport const x = ACTOR_ROLES;"],
    ['src/dataset/ok.ts', "import { datasetSchema } from './schema';\nexport const x = datasetSchema;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await found(file, code)).toEqual([]);
  });
});

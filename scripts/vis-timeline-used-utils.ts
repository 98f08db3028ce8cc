import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * vis-timeline copies the whole of vis-util into one object (`{ ...util, … }`) and then reads only
 * some forty of its members. The spread keeps every vis-util export in the bundle, among them
 * vis-util's own option validator, configurator and colour picker (vis-timeline brings its own
 * copies of those): about 5 kB gzip the timeline never runs. This plugin spreads only the members
 * vis-timeline reads, and fails the build if it reads the object in a way that cannot be listed
 * (`availableUtils[name]`) or a member vis-util does not have, so an upgrade cannot break it
 * silently.
 */
const FILE = /\/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;
const UTIL_IMPORT = "import * as util from 'vis-util/esnext/esm/vis-util.js';";
const SPREAD = /const availableUtils = \{\n {2}\.\.\.util,\n {2}convert,\n {2}setupXSSProtection,\n\};/;
/** Members vis-timeline defines on the object itself. */
const OWN = new Set(['convert', 'setupXSSProtection', 'xss']);

/** The members `availableUtils.x` that `code` reads, or an error. */
export function usedUtils(code: string, utilExports: readonly string[]): string[] | Error {
  if (!code.includes(UTIL_IMPORT))
    return new Error(`vis-timeline's import of vis-util changed: expected "${UTIL_IMPORT}"`);
  if (!SPREAD.test(code)) return new Error('vis-timeline no longer builds availableUtils from { ...util }');
  // Besides `availableUtils.name`, only its declaration and the definition of its `xss` getter.
  const other = [...code.matchAll(/(?<![\w$.])availableUtils(?![\w$])(?!\s*\.\s*[\w$])/g)].length;
  if (other !== 2 || !code.includes('Object.defineProperty(availableUtils, "xss"'))
    return new Error('vis-timeline reads availableUtils other than by name');
  const exported = new Set(utilExports);
  const used = [...new Set([...code.matchAll(/availableUtils\s*\.\s*([\w$]+)/g)].map((m) => m[1]!))]
    .filter((name) => !OWN.has(name))
    .sort();
  const missing = used.filter((name) => !exported.has(name));
  if (missing.length)
    return new Error(`vis-timeline reads members vis-util does not export: ${missing.join(', ')}`);
  return used;
}

/** `code` with the spread narrowed to `used`. */
export function spreadOnly(code: string, used: readonly string[]): MagicString {
  const out = new MagicString(code);
  const match = SPREAD.exec(code)!;
  const members = used.map((name) => `  ${name}: util.${name},`).join('\n');
  out.overwrite(
    match.index,
    match.index + match[0].length,
    `const availableUtils = {\n${members}\n  convert,\n  setupXSSProtection,\n};`,
  );
  return out;
}

export function visTimelineUsedUtils(): Plugin {
  return {
    name: 'vis-timeline-used-utils',
    apply: 'build',
    async transform(code, id) {
      if (!FILE.test(id)) return null;
      const util = (await import('vis-util/esnext/esm/vis-util.js')) as Record<string, unknown>;
      const used = usedUtils(code, Object.keys(util));
      if (used instanceof Error) this.error(used.message);
      const out = spreadOnly(code, used);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

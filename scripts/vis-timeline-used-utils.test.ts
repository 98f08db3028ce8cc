import { readFileSync } from 'node:fs';
import * as util from 'vis-util/esnext/esm/vis-util.js';
import { describe, expect, it } from 'vitest';
import { spreadOnly, usedUtils } from './vis-timeline-used-utils';

// The file the build transforms (the package's exports do not name it).
const visTimeline = readFileSync('node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs', 'utf8');
const exported = Object.keys(util);

const shape = (body: string) =>
  `import * as util from 'vis-util/esnext/esm/vis-util.js';
const availableUtils = {
  ...util,
  convert,
  setupXSSProtection,
};
Object.defineProperty(availableUtils, "xss", { get: () => clean });
${body}`;

describe('spreading only the vis-util members vis-timeline reads', () => {
  it('lists what the installed vis-timeline reads, all of it exported by vis-util', () => {
    const used = usedUtils(visTimeline, exported);
    if (used instanceof Error) throw used;
    expect(used).toEqual(expect.arrayContaining(['forEach', 'extend', 'option', 'binarySearchCustom']));
    expect(used).not.toContain('Configurator');
    expect(used).not.toContain('convert');
  });

  it('keeps every member read, including one split over lines, and nothing else', () => {
    const code = shape('availableUtils.forEach(a, f);\nconst x = availableUtils\n  .extend({}, b);');
    const used = usedUtils(code, exported);
    expect(used).toEqual(['extend', 'forEach']);
    const out = spreadOnly(code, used as string[]).toString();
    expect(out).toContain('extend: util.extend,');
    expect(out).toContain('forEach: util.forEach,');
    expect(out).not.toContain('...util');
  });

  it.each([
    ['a member read by a computed name', 'availableUtils[name]();'],
    ['the object handed on whole', 'register(availableUtils);'],
    ['a member vis-util does not export', 'availableUtils.noSuchHelper();'],
  ])('fails the build on %s', (_, body) => {
    expect(usedUtils(shape(body), exported)).toBeInstanceOf(Error);
  });

  it('fails the build when vis-timeline stops building the object from a spread', () => {
    expect(usedUtils(shape('').replace('  ...util,\n', ''), exported)).toBeInstanceOf(Error);
  });
});

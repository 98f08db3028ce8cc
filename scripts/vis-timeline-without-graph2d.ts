import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * vis-timeline ships Timeline and Graph2d (line and bar charts) in one ES module. Graph2d's
 * prototype assignments count as side effects, so the bundler keeps it although we never use it:
 * some 58 kB of minified code (13 kB gzip) in the timeline's chunk. This plugin removes Graph2d's
 * top-level declarations and the statements that extend them, and fails the build if anything
 * left still refers to one (as a new vis-timeline release might), so a change cannot go unnoticed.
 */
const GRAPH2D = new Set([
  'Graph2d',
  'LineGraph',
  'Legend',
  'DataAxis',
  'DataScale',
  'Bargraph',
  'Line',
  'Points',
  'GraphGroup',
  'getGroupTemplate',
  'getCallback',
  // Graph2d's own option tables (Timeline's are `allOptions` and `configureOptions`).
  'allOptions$1',
  'configureOptions$1',
]);
const FILE = /\/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;
const EXPORTS = 'export { Graph2d, Timeline, timeline };';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The name a top-level statement declares or extends (`X.prototype.y = …`, `Emitter(X.prototype)`). */
function subjectOf(statement: Node): string | null {
  const root = (node: unknown): unknown => {
    let n = node;
    while (isNode(n) && n.type === 'MemberExpression') n = n.object;
    return n;
  };
  let subject: unknown = null;
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    subject = statement.id;
  else if (statement.type === 'VariableDeclaration') {
    const declarations = statement.declarations as Node[];
    if (declarations.length === 1) subject = declarations[0]!.id;
  } else if (statement.type === 'ExpressionStatement' && isNode(statement.expression)) {
    const e = statement.expression;
    if (e.type === 'AssignmentExpression') subject = root(e.left);
    else if (e.type === 'CallExpression') subject = root((e.arguments as unknown[])[0]);
  }
  return isNode(subject) && subject.type === 'Identifier' ? (subject.name as string) : null;
}

/** Names used as variables anywhere in the tree (not as property names). */
function referencedNames(node: Node, out = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      const isPropertyName =
        !node.computed &&
        ((node.type === 'MemberExpression' && key === 'property') ||
          (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(node.type) && key === 'key'));
      if (child.type === 'Identifier' && !isPropertyName) out.add(child.name as string);
      referencedNames(child, out);
    }
  }
  return out;
}

export function visTimelineWithoutGraph2d(): Plugin {
  return {
    name: 'vis-timeline-without-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      if (!code.includes(EXPORTS)) this.error(`vis-timeline's exports changed: expected "${EXPORTS}"`);
      const program = this.parse(code) as unknown as { body: Node[] };
      const out = new MagicString(code);
      for (const statement of program.body) {
        const subject = subjectOf(statement);
        // `timeline` is the namespace object that lists Graph2d's parts; we import Timeline alone.
        if (subject && (GRAPH2D.has(subject) || subject === 'timeline'))
          out.remove(statement.start, statement.end);
      }
      const at = code.indexOf(EXPORTS);
      out.overwrite(at, at + EXPORTS.length, 'export { Timeline };');
      const trimmed = out.toString();
      const left = [...referencedNames(this.parse(trimmed) as unknown as Node)].filter((n) => GRAPH2D.has(n));
      if (left.length) this.error(`vis-timeline still refers to Graph2d parts: ${left.join(', ')}`);
      return { code: trimmed, map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

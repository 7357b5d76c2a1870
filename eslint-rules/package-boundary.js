// @ts-check
/**
 * No relative import leaves its package (DESIGN.md: "No package's tests import
 * another package's files by relative path"). A file belongs to the workspace
 * folder that holds it, or to the repository root (root e2e/, scripts/,
 * eslint-rules/) when none does; a relative path that resolves into a
 * different owner is refused, so another package is reached only by its name
 * (`@luot/hub-server`, `@luot/testing`, `@luot/hardware/<path>`), which keeps
 * the package's public entry the one thing others depend on.
 *
 * Options: { packages: string[] }, workspace folders relative to the ESLint
 * working directory (the root package.json's `workspaces`).
 */
import path from 'node:path';

/** @param {string} parent @param {string} child */
const isInside = (parent, child) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
export const packageBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside their own workspace package (or the repository root).' },
    schema: [
      {
        type: 'object',
        properties: { packages: { type: 'array', items: { type: 'string' } } },
        required: ['packages'],
        additionalProperties: false,
      },
    ],
    messages: {
      leaves: "'{{source}}' leaves {{from}} for {{to}} ({{target}}): import another package by its name (@luot/…), not by a relative path.",
    },
  },
  create(context) {
    const options = /** @type {{ packages: string[] }} */ (context.options[0]);
    const cwd = context.cwd;
    const packages = options.packages.map((dir) => ({ dir, root: path.resolve(cwd, dir) }));
    /** @param {string} file */
    const ownerOf = (file) => packages.find((p) => isInside(p.root, file))?.dir ?? 'the repository root';
    const file = context.filename;
    const from = ownerOf(file);

    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const to = ownerOf(target);
      if (to !== from) context.report({ node, messageId: 'leaves', data: { source, from, to, target: path.relative(cwd, target) } });
    };

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

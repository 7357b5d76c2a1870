// @ts-check
/**
 * A renderer's relative imports stay inside its own folder (DESIGN.md: renderers
 * never import the Electron shell, the hub or hardware; they reach protocol,
 * hub-client and the hardware client by package name). `no-restricted-imports`
 * sees only the text of a path, so "../main/ipc" or "../../../hub-server/src/…"
 * would pass it; this rule resolves each relative path against the importing
 * file and refuses any that lands outside the renderer's folder, or in one of
 * its shell subfolders. A relative path into another package's sources is
 * refused here and by luot/package-boundary alike.
 *
 * Options: { renderers: [{ dir, except?: string[] }] },
 * folders relative to the ESLint working directory.
 */
import path from 'node:path';

/** @param {string} parent @param {string} child */
const isInside = (parent, child) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
export const rendererBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports in a renderer stay inside the renderer.' },
    schema: [
      {
        type: 'object',
        properties: {
          renderers: {
            type: 'array',
            items: {
              type: 'object',
              properties: { dir: { type: 'string' }, except: { type: 'array', items: { type: 'string' } } },
              required: ['dir'],
              additionalProperties: false,
            },
          },
        },
        required: ['renderers'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside:
        "'{{source}}' reaches {{target}}, outside this renderer: renderers use @luot/protocol, @luot/hub-client, @luot/hardware/client/* and their own folder only (no Electron main/preload, hub or hardware sources).",
    },
  },
  create(context) {
    const options = /** @type {{ renderers: { dir: string; except?: string[] }[] }} */ (context.options[0]);
    const cwd = context.cwd;
    const file = context.filename;
    const renderer = options.renderers.find((r) => isInside(path.resolve(cwd, r.dir), file));
    if (!renderer) return {};
    const root = path.resolve(cwd, renderer.dir);
    const shellDirs = (renderer.except ?? []).map((d) => path.join(root, d));

    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const ok = isInside(root, target) && !shellDirs.some((d) => isInside(d, target));
      if (!ok) context.report({ node, messageId: 'outside', data: { source, target: path.relative(cwd, target) || '.' } });
    };

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

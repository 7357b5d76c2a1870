// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { packageBoundary } from './eslint-rules/package-boundary.js';
import { rendererBoundary } from './eslint-rules/renderer-boundary.js';

/** The repository's own rules (eslint-rules/). */
const luot = { rules: { 'renderer-boundary': rendererBoundary, 'package-boundary': packageBoundary } };

/** The workspace folders, from the root package.json: a relative import never leaves one. */
const WORKSPACES = /** @type {{ workspaces: string[] }} */ (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))).workspaces;

/** Renderers run in a browser or a sandboxed Electron window (DESIGN.md). */
const rendererBan = {
  // Bare names too ("fs", "path", "fs/promises"): Node resolves them to the same built-ins as "node:fs".
  paths: builtinModules.map((name) => ({ name, message: 'Renderers must not import Node built-ins.' })),
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Renderers reach Electron only through the preload bridge.' },
    { group: ['node:*'], message: 'Renderers must not import Node built-ins.' },
    {
      regex: '^@luot/hardware(?!/client/)',
      message: 'Renderers reach devices through the device API (the browser client is @luot/hardware/client/*).',
    },
    { group: ['@luot/hub-server', '@luot/hub-server/*'], message: 'Renderers talk to the hub over the wire only (through @luot/hub-client).' },
    // The allow-list of our packages: the contract, the hub's client, the device agent's browser client.
    {
      regex: '^@luot/(?!protocol(?:/|$)|hub-client(?:/|$)|hardware(?:/|$))',
      message: 'Renderers may import @luot/protocol, @luot/hub-client and @luot/hardware/client/* only.',
    },
  ],
};

/**
 * The board and the hub client validate nothing with the protocol's schemas:
 * they import its zod-free entry only, so a weak TV box never evaluates zod
 * (issue 21; display-board/test/bundle-without-zod.test.ts checks the build).
 */
const plainProtocolOnly = [
  { regex: '^@luot/protocol(?!/plain$)', message: 'Import @luot/protocol/plain here: the root and its modules carry zod.' },
  { group: ['zod', 'zod/*'], message: 'No zod here: validation is the hub\'s.' },
];

/** The device agent's browser client. */
const agentClientBan = { group: ['node:*', '../*', '@luot/hardware', '@luot/hardware/*', 'serialport', '@napi-rs/*'], message: 'The browser client stays browser-safe.' };

/** The hub client runs in every renderer and in Node. */
const hubClientBan = {
  paths: builtinModules.map((name) => ({ name, message: 'The hub client stays browser-safe.' })),
  patterns: [
    { group: ['node:*', 'electron', 'electron/*'], message: 'The hub client stays browser-safe.' },
    { regex: '^@luot/(?!protocol(?:/|$))', message: 'The hub client depends on @luot/protocol only.' },
  ],
};

/** The renderer folders; display-board's shell lives inside its src/. */
const RENDERERS = [
  { dir: 'kiosk-app/src/renderer' },
  { dir: 'counter-app/src/renderer' },
  { dir: 'display-board/src', except: ['main', 'preload'] },
  { dir: 'province-server/src/web' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist-electron/**', '**/data/**', '**/.vite/**', 'docs/**', '**/*.js', '!eslint.config.js', '!eslint-rules/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    plugins: { luot },
    rules: { 'luot/package-boundary': ['error', { packages: WORKSPACES }] },
  },
  {
    files: ['kiosk-app/src/renderer/**', 'counter-app/src/renderer/**', 'display-board/src/**', 'province-server/src/web/**'],
    ignores: ['display-board/src/main/**', 'display-board/src/preload/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': ['error', rendererBan],
      'luot/renderer-boundary': ['error', { renderers: RENDERERS }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // What ships of the board keeps to the protocol's zod-free entry (tests may validate with the root).
    files: ['display-board/src/**'],
    ignores: ['display-board/src/main/**', 'display-board/src/preload/**', 'display-board/src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { ...rendererBan, patterns: [...rendererBan.patterns, ...plainProtocolOnly] }] },
  },
  {
    // The kiosk validates one thing, a phone number: its one schema module besides the zod-free entry.
    files: ['kiosk-app/src/renderer/**'],
    ignores: ['kiosk-app/src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...rendererBan, patterns: [...rendererBan.patterns, { regex: '^@luot/protocol(?!/(plain|phone|strict-csp)$)', message: 'Import @luot/protocol/plain (or /phone): the root carries every schema of the protocol.' }] },
      ],
    },
  },
  {
    // The device agent's browser client runs in renderers: nothing of Node or the rest of hardware.
    files: ['hardware/src/client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [agentClientBan] }] },
  },
  {
    // Loaded by the kiosk's page: the protocol's zod-free entry only (tests may use the root).
    files: ['hardware/src/client/**'],
    ignores: ['hardware/src/client/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [agentClientBan, ...plainProtocolOnly] }] },
  },
  {
    // The hub client runs in every renderer and in Node: nothing of Node, Electron or our packages but the protocol.
    files: ['hub-client/src/**'],
    rules: {
      'no-restricted-imports': ['error', hubClientBan],
    },
  },
  {
    // What ships of the hub client also keeps to the protocol's zod-free entry (tests may validate with the root).
    files: ['hub-client/src/**'],
    ignores: ['hub-client/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: hubClientBan.paths, patterns: [...hubClientBan.patterns, ...plainProtocolOnly] }] },
  },
  {
    files: ['protocol/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '@luot/*'], message: 'The protocol has no I/O and imports nothing of ours.' }] },
      ],
    },
  },
);

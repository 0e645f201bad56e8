// ESLint flat config. Besides style, it is the layer fence: it decides which folder may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'worker_threads',
];

const NO_ELECTRON = [
  { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
  { name: 'electron-store', message: 'electron-store needs Electron; use the Settings port.' },
];
const NOT_HOST_OR_RENDERER = {
  group: ['**/electron/main/**', '**/renderer/**'],
  message: 'Layer fence: core and hosts do not import the Electron host or the renderer.',
};

/**
 * The shared modules with no zod at run time: the only ones the renderer may import values from
 * (anything else in shared/ it imports with `import type`), so its bundle carries no zod.
 */
const ZOD_FREE_SHARED = [
  'shared/ipc/api',
  'shared/ipc/channels',
  'shared/ipc/core-error',
  'shared/ipc/result',
  'shared/domain/limits',
  'shared/domain/day-label',
  'shared/domain/zone-clock',
  'shared/domain/sync-resources',
  'shared/security/csp',
  'shared/security/transport',
];

const NO_SIM_IN_CORE = 'The core reaches the simulators only through the StartDemoBackends port.';
const OPEN_EXTERNAL_ONLY_VIA_WRAPPER = {
  selector: "MemberExpression[object.name='shell'][property.name='openExternal']",
  message: 'Use createOpenExternal from electron/main/open-external.ts: it checks the URL first.',
};

export default tseslint.config(
  {
    // Everything a build, a package or a run leaves behind: none of it is ours to lint.
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.electron-native/**',
      '.frontdesk-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // The core, the simulators, the web host and the CLI run in plain Node: no Electron, ever.
  {
    files: [
      'electron/core/**',
      'electron/sim/**',
      'electron/web/**',
      'electron/cli/**',
      'electron/node-host/**',
      'test/**',
    ],
    ignores: ['test/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: NO_ELECTRON, patterns: [NOT_HOST_OR_RENDERER] }] },
  },
  // shared/ is pure TypeScript that both sides load: no Node, no Electron, no DOM-only imports.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure TS.' },
            { name: 'electron-store', message: 'shared/ is pure TS.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ is pure TS: no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of ours.' },
          ],
        },
      ],
    },
  },
  // The renderer reaches the core only through window.frontdesk.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer uses window.frontdesk only.' },
            { name: 'better-sqlite3', message: 'The renderer uses window.frontdesk only.' },
            {
              name: 'zod',
              message: 'Validation happens in the core; import contract types with `import type`.',
            },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'No Node modules in the renderer.' },
            { group: ['**/electron/**'], message: 'The renderer uses window.frontdesk only.' },
          ],
        },
      ],
      // A different rule from the one above (flat config would replace that one's options):
      // values only from zod-free shared modules, types from anywhere in shared/.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Files, not folders: gitignore rules cannot re-include a file below an excluded folder.
              group: ['**/shared/*/*', ...ZOD_FREE_SHARED.map((m) => `!**/${m}`)],
              allowTypeImports: true,
              message:
                'This shared module carries zod: use `import type`, or move the value to a zod-free module (ZOD_FREE_SHARED in eslint.config.mjs).',
            },
          ],
        },
      ],
    },
  },
  // Every link that leaves the app goes through one checked wrapper (https only, no credentials).
  {
    files: ['electron/**'],
    ignores: ['electron/main/open-external.ts', 'electron/main/open-external.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', OPEN_EXTERNAL_ONLY_VIA_WRAPPER],
    },
  },
  // The core does not import the simulators: demo mode is a port the hosts fill (lazily), so the
  // simulators and their unauthenticated test controls stay out of the core's import graph.
  // (Flat config replaces a rule's options per block, so the Node and openExternal fences are
  // repeated here, and this block comes after both.)
  {
    files: ['electron/core/**'],
    // Tests of the core stand on the real simulators; only what ships is fenced.
    ignores: ['electron/core/**/*.test.ts', 'electron/core/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_ELECTRON,
          patterns: [NOT_HOST_OR_RENDERER, { group: ['**/sim', '**/sim/**'], message: NO_SIM_IN_CORE }],
        },
      ],
      // no-restricted-imports does not see import(): the lazy form is fenced here.
      'no-restricted-syntax': [
        'error',
        OPEN_EXTERNAL_ONLY_VIA_WRAPPER,
        { selector: 'ImportExpression[source.value=/(^|\\W)sim(\\W|$)/]', message: NO_SIM_IN_CORE },
      ],
    },
  },
  // Renderer unit tests run in Node and are never bundled: they may use the schemas.
  {
    files: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // The zod-free shared modules stay zod-free (types may still come from anywhere).
  {
    files: ZOD_FREE_SHARED.map((m) => `${m}.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'Listed in ZOD_FREE_SHARED: the renderer imports this module, so no zod here.',
            },
          ],
        },
      ],
    },
  },
  // The web bridge is browser code too.
  { files: ['electron/web/bridge/**'], languageOptions: { globals: { ...globals.browser } } },
);

// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of ARCHITECTURE.md. Imports are relative, so patterns match folder names
 * anywhere in the specifier (`../../electron/db/open` matches `**\/electron/**`).
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'];
const DB_LIBS = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'];
const dir = (name) => [`**/${name}`, `**/${name}/**`];

/** @param {string[]} group @param {string} message @param {boolean} [allowTypeImports] */
const banned = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });

/** @param {...ReturnType<typeof banned>} patterns */
const restrict = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'electron/db/migrations/**',
      'bin/**',
      '.tmp/**',
      'bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // noUncheckedIndexedAccess types every index read as optional; `!` after a bounds check
      // or a lookup that cannot miss is the readable idiom for that.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // shared/model: zod schemas only, nothing of ours.
  {
    files: ['shared/model/**/*.ts'],
    rules: restrict(
      banned(
        [...dir('domain'), ...dir('api'), ...dir('electron'), ...dir('renderer')],
        'shared/model imports nothing of ours.',
      ),
      banned(
        ['electron', 'react', 'react-dom', ...DB_LIBS, ...NODE_BUILTINS],
        'shared/ runs everywhere: no Node, Electron, React or SQL.',
      ),
    ),
  },
  // shared/domain: pure rules over shared/model.
  {
    files: ['shared/domain/**/*.ts'],
    rules: restrict(
      banned(
        [...dir('api'), ...dir('electron'), ...dir('renderer')],
        'shared/domain may import only shared/model.',
      ),
      banned(
        ['electron', 'react', 'react-dom', ...DB_LIBS, ...NODE_BUILTINS],
        'shared/domain is pure: no I/O, no React, no SQL.',
      ),
    ),
  },
  // shared/api: the contract, over shared/model.
  {
    files: ['shared/api/**/*.ts'],
    rules: restrict(
      banned(
        [...dir('domain'), ...dir('electron'), ...dir('renderer')],
        'shared/api may import only shared/model.',
      ),
      banned(
        ['electron', 'react', 'react-dom', ...DB_LIBS, ...NODE_BUILTINS],
        'shared/ runs everywhere: no Node, Electron, React or SQL.',
      ),
    ),
  },
  // tsconfig.node.json carries the DOM lib for the e2e specs' page.evaluate callbacks, so tsc
  // alone would let Node code reach for browser globals; the preload declares its own window.
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/preload/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map(
          (name) => ({ name, message: `${name} is a browser global; this code runs in Node.` }),
        ),
      ],
    },
  },
  // Everything under electron/ except main and preload is plain Node: no Electron, no renderer.
  {
    files: ['electron/{backend,db,sync,cli}/**/*.ts'],
    rules: restrict(
      banned([...dir('renderer')], 'electron/ never imports the renderer.'),
      banned(
        ['electron', 'react', 'react-dom'],
        'The backend is plain Node so tests, the CLI and browser mode run the same code.',
      ),
      banned(
        [...dir('main'), ...dir('preload')],
        'Only electron/main wires the backend, not the other way.',
      ),
    ),
  },
  {
    files: ['electron/db/**/*.ts'],
    rules: restrict(
      banned([...dir('renderer')], 'electron/ never imports the renderer.'),
      banned(['electron', 'react', 'react-dom'], 'The data layer is plain Node.'),
      banned(
        [...dir('backend'), ...dir('sync'), ...dir('cli'), ...dir('main'), ...dir('api')],
        'electron/db imports only shared/model and shared/domain.',
      ),
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(
      banned([...dir('renderer')], 'electron/ never imports the renderer.'),
      banned([...dir('db'), ...dir('sync')], 'electron/main talks to the backend only.'),
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      banned(
        ['../**', './**', ...NODE_BUILTINS],
        'The preload bridge imports only types of shared/api.',
        true,
      ),
    ),
  },
  // renderer: never Node, Electron or SQLite.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      banned([...dir('electron')], 'The renderer talks to the backend through renderer/api only.'),
      banned(
        ['electron', ...DB_LIBS, ...NODE_BUILTINS],
        'The renderer is sandboxed: no Node, Electron or SQLite.',
      ),
    ),
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}'],
    rules: restrict(
      banned(
        [...dir('features'), ...dir('api'), ...dir('app'), ...dir('shared'), ...dir('electron')],
        'renderer/ui knows nothing of the domain.',
      ),
      banned(['electron', ...DB_LIBS, ...NODE_BUILTINS], 'The renderer is sandboxed.'),
    ),
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/api/**/*.{ts,tsx}'],
    rules: restrict(
      banned(
        [...dir('app'), ...dir('electron')],
        'Features do not import the app shell or the backend.',
      ),
      banned(['electron', ...DB_LIBS, ...NODE_BUILTINS], 'The renderer is sandboxed.'),
    ),
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

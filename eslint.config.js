// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureCore = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'child_process', 'os'],
      message: 'src/core is pure: no I/O (use src/io).',
    },
    {
      group: ['astro', 'astro/*', 'react', 'react-dom', '**/io/**', '**/cli/**', '**/site/**'],
      message: 'src/core must not depend on the site, the CLI or I/O.',
    },
  ],
};

/** The core's rule for files of `folder`, which must not import `other` either. */
const coreApartFrom = (folder, other, message) => ({
  files: [`src/core/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...pureCore.patterns, { group: [`**/${other}/**`], message }] },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.astro/',
      'kpis/',
      'schemas/',
      'tests/fixtures/',
      '.scratch/',
      'lib/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass values in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core has no clock: take asOf.' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic.' },
      ],
    },
  },
  // The loader reads files and the scaffolding writes them: what both need (file names, ids,
  // person keys) lives in core/names.
  coreApartFrom('load', 'scaffold', 'load must not import scaffold: share through core/names.'),
  coreApartFrom('scaffold', 'load', 'scaffold must not import load: share through core/names.'),
  {
    files: ['bin/**/*.js', 'scripts/**/*.ts', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

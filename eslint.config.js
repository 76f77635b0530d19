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

/** src/charts builds specs and SVG text from plain data: pure like the core. */
const pureCharts = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'child_process', 'os'],
      message: 'src/charts is pure: no I/O (rendering is src/io/render-charts).',
    },
    {
      group: ['astro', 'astro/*', '**/io/**', '**/cli/**', '**/site/**'],
      message: 'src/charts must not depend on the site, the CLI or I/O.',
    },
  ],
};

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
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCharts],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/charts is pure: pass values in.' },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.ts', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

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

// The publishing phase plans in pure code and carries the plan out through the effects it is
// given: it knows neither Astro, React, the pages, the CLI nor the file system's modules.
const publishingPhase = {
  patterns: [
    {
      group: ['astro', 'astro/*', 'react', 'react-dom', '**/site/**', '**/cli/**', '**/io/**'],
      message:
        'src/publish plans the site: no Astro, React, src/site, src/cli or src/io (effects are passed in).',
    },
    {
      group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process'],
      message: 'src/publish does no I/O itself: the executor is given its effects.',
    },
  ],
};

// The site's code reads its plan; it never computes analytics, reads files or runs commands.
// (The .astro pages are held to the same by tests/site/page-imports.test.ts.)
const siteCode = {
  patterns: [
    {
      group: ['**/io/**', '**/cli/**', '**/core/load/**', '**/core/pipeline.ts'],
      message:
        'src/site reads the site plan (src/site/lib/plan.ts): no I/O, CLI or model building.',
    },
    {
      group: ['**/core/analytics/**'],
      allowTypeImports: true,
      message: 'src/site shows what the plan computed: import analytics types only.',
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
  // The loader reads files and the scaffolding writes them: what both need (file names, ids,
  // person keys) lives in core/names.
  coreApartFrom('load', 'scaffold', 'load must not import scaffold: share through core/names.'),
  coreApartFrom('scaffold', 'load', 'scaffold must not import load: share through core/names.'),
  {
    files: ['src/publish/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', publishingPhase] },
  },
  {
    files: ['src/site/**/*.ts'],
    ignores: ['src/site/lib/format.ts'],
    rules: { 'no-restricted-imports': ['error', siteCode] },
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

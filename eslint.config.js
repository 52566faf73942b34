// Flat config: typescript-eslint + react-hooks, plus the project's architectural rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import pluginQuery from '@tanstack/eslint-plugin-query';

// amoCRM data is untrusted text: it must never reach the DOM as HTML.
const noHtmlInjection = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: amoCRM data is untrusted text.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never inject HTML: use textContent or React.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never inject HTML: use textContent or React.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'images/', '.sandbox-state/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // A query key holds every input of its function; no rest-destructured query results.
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The API client is the transport every query shares, not an input of its answer.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['AmoClient'] } }],
    },
  },
  {
    // The domain is pure: no React, no HTTP, no API client.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', '@tanstack/*', '**/api/client/**', '**/api/hooks/**', '**/ui/**'], message: 'Domain code knows no React and no HTTP.' },
      ] }],
    },
  },
  {
    // The UI reaches amoCRM only through the API hooks, never the raw client or fetch.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/api/client/http*', '**/api/client/scheduler*'], message: 'UI uses the query hooks, not the transport.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'UI uses the query hooks.' }],
    },
  },
  {
    // Panel and queue look alike because both draw from CSS modules on the kit's variables (dark
    // theme included); an inline style is allowed only for a value computed at render, with a
    // disable comment saying so.
    files: ['src/ui/**/*.tsx', 'src/queue/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection, {
        selector: "JSXAttribute[name.name='style']",
        message: 'Style in a CSS module (panel.module.css / queue.module.css) with --crm-ui-kit-* colours; inline only for a computed value.',
      }],
    },
  },
  {
    // Fixture widgets are plain AMD scripts for amoCRM's page, written the way other vendors write theirs.
    files: ['test/e2e/fixtures/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, ...globals.amd, APP: 'readonly', Twig: 'readonly', $: 'readonly' } },
    rules: { '@typescript-eslint/no-this-alias': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The sandbox imports nothing of src/ but the schemas (and domain-free helpers).
    files: ['sandbox/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/src/ui/**', '**/src/api/client/**', '**/src/api/hooks/**', '**/src/domain/**'], message: 'The sandbox stands in for amoCRM: it imports only the schemas.' },
      ] }],
    },
  },
);

// Flat config: typescript-eslint + react-hooks, plus the project's architectural rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// The layers, fenced both ways: each zone's target may not import anything in its `from`.
// domain ← api ← ui / queue ← widget; the sandbox stands beside them and shares only the schemas.
const TRANSPORT = ['./src/api/client/http.ts', './src/api/client/scheduler.ts'];
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/api', './src/ui', './src/queue', './src/host.ts', './widget', './sandbox'],
    message: 'The domain is pure: it owns its types (records.ts, settings.ts) and imports no outer layer.',
  },
  {
    target: './src/api',
    from: ['./src/ui', './src/queue', './widget', './sandbox'],
    message: 'The API layer serves the UI and the queue; it imports neither.',
  },
  {
    target: './src/ui',
    from: ['./src/queue', './widget', './sandbox', ...TRANSPORT],
    message: 'The panel reaches amoCRM through the query hooks, not the transport, and knows nothing of the queue or the page.',
  },
  {
    target: './src/queue',
    from: ['./widget', './sandbox', ...TRANSPORT],
    message:
      "The queue reaches amoCRM through the client and hooks, not the transport (it shares the panel's components), and knows nothing of the page.",
  },
  { target: './widget', from: ['./sandbox'], message: 'The widget runs in amoCRM: it cannot lean on the stand-in.' },
  {
    target: './sandbox',
    from: './src',
    except: ['./api/schemas'],
    message: 'The sandbox stands in for amoCRM: of src/ it imports only the schemas.',
  },
];

// amoCRM data is untrusted text: it must never reach the DOM as HTML.
const noHtmlInjection = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: amoCRM data is untrusted text.' },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Never inject HTML: use textContent or React.',
  },
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
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Follow imports through .ts/.tsx sources (no-cycle parses every module it walks).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // A run-time import cycle means two layers (or two modules) are one; type-only imports don't count.
      'import-x/no-cycle': 'error',
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The API client is the transport every query shares, not an input of its answer.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['AmoClient'] } }],
    },
  },
  {
    // The domain is pure: no React, no query library (the layers themselves are fenced by layerZones).
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', '@tanstack/*'], message: 'Domain code knows no React and no HTTP.' }] },
      ],
    },
  },
  {
    // The UI reaches amoCRM only through the API hooks, never the raw client or fetch.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/api/client/http*', '**/api/client/scheduler*'], message: 'UI uses the query hooks, not the transport.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'UI uses the query hooks.' }],
    },
  },
  {
    // Panel and queue look alike because both draw from CSS modules on the kit's variables (dark
    // theme included); an inline style is allowed only for a value computed at render, with a
    // disable comment saying so.
    files: ['src/ui/**/*.tsx', 'src/queue/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noHtmlInjection,
        {
          selector: "JSXAttribute[name.name='style']",
          message:
            'Style in a CSS module (panel.module.css / queue.module.css) with --crm-ui-kit-* colours; inline only for a computed value.',
        },
      ],
    },
  },
  {
    // Fixture widgets are plain AMD scripts for amoCRM's page, written the way other vendors write theirs.
    files: ['test/e2e/fixtures/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, ...globals.amd, APP: 'readonly', Twig: 'readonly', $: 'readonly' },
    },
    rules: { '@typescript-eslint/no-this-alias': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);

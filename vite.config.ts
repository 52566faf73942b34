// Builds widget/index.tsx into amoCRM's script.js: one anonymous AMD module, readable (moderation
// forbids minified own code), CSS carried inside the JS because nothing loads a stylesheet for us.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Modules amoCRM's RequireJS serves, and the factory argument each one arrives as. */
const AMD_EXTERNALS = { jquery: 'amdJquery', underscore: 'amdUnderscore', twigjs: 'amdTwig' } as const;
const BUNDLE_NAME = 'PartnerCardCleaner';
const STYLE_ID = 'partner_card_cleaner-styles';

function cssInjector(css: string, styleId: string): string {
  if (!css) return '';
  return [
    `  // The widget's styles (prefixed classes, the kit's tokens): added to <head> once per page.`,
    `  if (typeof document !== 'undefined' && !document.getElementById(${JSON.stringify(styleId)})) {`,
    `    var partnerCardCleanerStyle = document.createElement('style');`,
    `    partnerCardCleanerStyle.id = ${JSON.stringify(styleId)};`,
    `    partnerCardCleanerStyle.textContent = ${JSON.stringify(css)};`,
    `    document.head.appendChild(partnerCardCleanerStyle);`,
    `  }`,
  ].join('\n');
}

/**
 * Rolldown (Vite 8) has no `amd` output, so the bundle is built as an IIFE over its externals and
 * wrapped here in the anonymous `define([deps], factory)` amoCRM requires; the CSS goes inside the factory.
 */
function amoCrmAmdModule(): Plugin {
  return {
    name: 'partner-card-cleaner:amd-module',
    apply: 'build',
    enforce: 'post',
    generateBundle(options, bundle) {
      // script.js, or queue.js (built second by scripts/build-widget.ts under another name)
      const name = options.name ?? BUNDLE_NAME;
      const styleId = name === BUNDLE_NAME ? STYLE_ID : `${STYLE_ID}-${name}`;
      const cssFiles = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      const css = cssFiles.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      for (const f of cssFiles) delete bundle[f.fileName];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // The IIFE ends with `})(amdJquery, …);`: exactly the externals the code imports, in order.
        const args = /\}\)\(([\w\s,]*)\);?\s*$/.exec(chunk.code)?.[1] ?? '';
        const byGlobal = new Map<string, string>(Object.entries(AMD_EXTERNALS).map(([id, global]) => [global, id]));
        const globals = args
          .split(',')
          .map((a) => a.trim())
          .filter((a) => byGlobal.has(a));
        const deps = globals.map((g) => byGlobal.get(g));
        chunk.code = [
          `define(${JSON.stringify(deps)}, function (${globals.join(', ')}) {`,
          cssInjector(css, styleId),
          chunk.code,
          `return ${name};`,
          `});`,
          '',
        ].join('\n');
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), amoCrmAmdModule()],
  define: { 'process.env.NODE_ENV': '"production"' },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    minify: false,
    cssCodeSplit: false,
    sourcemap: false,
    target: 'es2020',
    lib: { entry: 'widget/index.tsx', formats: ['iife'], name: BUNDLE_NAME, fileName: () => 'script.js' },
    rollupOptions: {
      external: Object.keys(AMD_EXTERNALS),
      // JSDoc blocks left out (plain comments never reach the output); licences and the module marks stay.
      output: { globals: { ...AMD_EXTERNALS }, exports: 'default', comments: { legal: true, annotation: false, jsdoc: false } },
    },
  },
});

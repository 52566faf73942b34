// Builds widget/index.tsx into amoCRM's script.js: one anonymous AMD module, readable (moderation
// forbids minified own code), CSS carried inside the JS because nothing loads a stylesheet for us.
import { defineConfig, type Plugin } from 'vite';
import path from 'node:path';
import type { ModuleInfo, OutputBundle, OutputChunk } from 'rolldown';
import react from '@vitejs/plugin-react';

/** Modules amoCRM's RequireJS serves, and the factory argument each one arrives as. */
const AMD_EXTERNALS = { jquery: 'amdJquery', underscore: 'amdUnderscore', twigjs: 'amdTwig' } as const;
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stylesheet without the design tokens (custom properties) nothing reads: no `var(--token)` in
 * the CSS and no mention in any file's code. The kit's theme defines ~160, for components we do not
 * use too. Repeated, since a dropped token may have been the only reader of another.
 */
export function withoutUnreadTokens(css: string, code: string): string {
  for (;;) {
    const defined = new Set([...css.matchAll(/(?<![\w-])(--[\w-]+)\s*:/g)].map((m) => m[1]!));
    const read = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
    const unread = [...defined].filter((token) => !read.has(token) && !code.includes(token));
    if (!unread.length) return css;
    for (const token of unread) css = css.replace(new RegExp(`(?<![\\w-])${escapeRe(token)}\\s*:[^;}]*;?`, 'g'), '');
  }
}

/**
 * What the lazily loaded files need from script.js: each is `define(function () { return function
 * (require, exports, module) {…}; })`, run once, on first use, with this `require`, so every file
 * shares script.js's one React, one query cache and our own modules already loaded.
 */
function chunkRuntime(externals: Record<string, string>, chunkDeps: Record<string, string[]>): string {
  return `  // Lazily loaded parts of the widget are files beside script.js, fetched from the folder this file came from.
  var partnerCardCleanerFolder = String(amdModule.uri || '').replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  // Each lazily loaded file and the shared files it needs first.
  var partnerCardCleanerChunkDeps = ${JSON.stringify(chunkDeps)};
  var partnerCardCleanerFactories = {};
  var module = { exports: {} };
  var exports = module.exports;
  var partnerCardCleanerModules = { './script.js': exports, ${Object.entries(externals)
    .map(([id, global]) => `${JSON.stringify(id)}: ${global}`)
    .join(', ')} };
  function require(id) {
    if (!(id in partnerCardCleanerModules)) {
      var factory = partnerCardCleanerFactories[id];
      if (!factory) throw new Error('Partner Card Cleaner: ' + id + ' is not loaded');
      var chunk = { exports: {} };
      partnerCardCleanerModules[id] = chunk.exports;
      factory(require, chunk.exports, chunk);
      partnerCardCleanerModules[id] = chunk.exports;
    }
    return partnerCardCleanerModules[id];
  }
  function partnerCardCleanerLoadChunk(id) {
    var files = [id].concat(partnerCardCleanerChunkDeps[id] || []).filter(function (f) {
      return !(f in partnerCardCleanerModules) && !partnerCardCleanerFactories[f];
    });
    if (!files.length) return Promise.resolve().then(function () { return require(id); });
    return new Promise(function (resolve, reject) {
      var urls = files.map(function (f) { return partnerCardCleanerFolder + f.slice(2); });
      amdRequire(urls, function () {
        for (var i = 0; i < files.length; i += 1) partnerCardCleanerFactories[files[i]] = arguments[i];
        resolve(require(id));
      }, function (error) {
        // A failed file may be asked for again (the next open of the dialog tries anew); only the
        // page's global require can forget a module, not the local one this file was given.
        var pageRequire = typeof window !== 'undefined' ? window.requirejs : undefined;
        if (pageRequire && typeof pageRequire.undef === 'function') urls.forEach(function (url) { pageRequire.undef(url); });
        reject(error);
      });
    });
  }`;
}

const DYNAMIC_IMPORT = /Promise\.resolve\(\)\.then\(\(\) => require\(("\.\/[^"]+\.js")\)\)/g;

/** Every file a lazily loaded file needs before it runs, itself excluded: shared files, not script.js. */
function chunkDepsOf(bundle: OutputBundle, entry: string): Record<string, string[]> {
  const deps: Record<string, string[]> = {};
  const walk = (file: string, seen: Set<string>) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return;
    for (const dep of chunk.imports) {
      if (dep === entry || seen.has(dep) || !(bundle[dep]?.type === 'chunk')) continue;
      seen.add(dep);
      walk(dep, seen);
    }
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || chunk.isEntry) continue;
    const seen = new Set<string>();
    walk(chunk.fileName, seen);
    deps[`./${chunk.fileName}`] = [...seen].map((f) => `./${f}`);
  }
  return deps;
}

/**
 * Rolldown (Vite 8) has no `amd` output, so the bundle is built as CommonJS chunks and each is
 * wrapped here: script.js in the anonymous `define([deps], factory)` amoCRM requires (the CSS goes
 * inside the factory), every lazily loaded file in a `define` that hands script.js its code.
 */
function amoCrmAmdModule(): Plugin {
  return {
    name: 'partner-card-cleaner:amd-module',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      for (const f of cssFiles) delete bundle[f.fileName];
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const css = withoutUnreadTokens(
        cssFiles.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n'),
        chunks.map((c) => c.code).join('\n'),
      );
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error('amd-module: no entry chunk');
      const externalIds = [...new Set(chunks.flatMap((c) => c.imports))].filter((id) => id in AMD_EXTERNALS) as Array<
        keyof typeof AMD_EXTERNALS
      >;
      const externals = Object.fromEntries(externalIds.map((id) => [id, AMD_EXTERNALS[id]]));
      const staticChunks = entry.imports.filter((id) => bundle[id]?.type === 'chunk');
      if (staticChunks.length) throw new Error(`amd-module: script.js would need ${staticChunks.join(', ')} before it runs`);
      for (const chunk of chunks) {
        const code = chunk.code.replace(DYNAMIC_IMPORT, 'partnerCardCleanerLoadChunk($1)');
        if (chunk !== entry) {
          chunk.code = ['define(function () {', '  return function (require, exports, module) {', code, '  };', '});', ''].join('\n');
          continue;
        }
        chunk.code = [
          `define(${JSON.stringify(['require', 'module', ...externalIds])}, function (amdRequire, amdModule${externalIds.map((id) => `, ${AMD_EXTERNALS[id]}`).join('')}) {`,
          cssInjector(css, STYLE_ID),
          chunkRuntime(externals, chunkDepsOf(bundle, entry.fileName)),
          code,
          `return module.exports.default;`,
          `});`,
          '',
        ].join('\n');
      }
    },
  };
}

const ENTRY = path.resolve(import.meta.dirname, 'widget/index.tsx');
let entryClosure: Set<string> | null = null;

/** Whether the entry reaches `id` by static imports alone (computed once per build, on first call). */
function staticallyFromEntry(id: string, getModuleInfo: (id: string) => ModuleInfo | null): boolean {
  if (!entryClosure) {
    entryClosure = new Set();
    const stack = [ENTRY];
    while (stack.length) {
      const next = stack.pop()!;
      if (entryClosure.has(next)) continue;
      entryClosure.add(next);
      stack.push(...(getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return entryClosure.has(id);
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
    lib: { entry: 'widget/index.tsx', formats: ['cjs'], fileName: () => 'script.js' },
    rollupOptions: {
      external: Object.keys(AMD_EXTERNALS),
      // JSDoc blocks left out (plain comments never reach the output); licences and the module marks stay.
      // Modules a lazily loaded file shares with script.js stay in script.js, which exports them to it.
      preserveEntrySignatures: 'allow-extension',
      output: {
        exports: 'named',
        chunkFileNames: '[name]-[hash].js',
        // Everything script.js imports statically goes into script.js itself, so a lazily loaded
        // file needs nothing but script.js and its own code (Rolldown would otherwise split the
        // modules shared with two lazily loaded files into a third file script.js must wait for).
        manualChunks: (id, { getModuleInfo }) => (staticallyFromEntry(id, getModuleInfo) ? 'script' : null),
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});

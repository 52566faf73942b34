// Vite plugins that keep script.js light (issue 13: ≤ 120 KB gzip) without touching how our own
// code reads: phone metadata cut to our countries, and the bundled libraries (only) minified.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MetadataJson } from 'libphonenumber-js/core';
import { minifySync, type Plugin } from 'vite';
import { PHONE_COUNTRIES, pickCountries } from '../src/domain/phones/metadata';

// `import … from 'libphonenumber-js/metadata.min.json'` resolves to the package's ESM copy, `metadata.min.json.js`.
const PHONE_METADATA = /[\\/]libphonenumber-js[\\/]metadata\.min\.json(\.js)?$/;

/** Ships libphonenumber's metadata already cut to PHONE_COUNTRIES (the app cuts it the same way at run time). */
export function phoneMetadataForOurCountries(): Plugin {
  return {
    name: 'partner-card-cleaner:phone-metadata',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!PHONE_METADATA.test(id)) return null;
      const all = JSON.parse(readFileSync(id.replace(/\.js$/, ''), 'utf8')) as MetadataJson;
      const picked = JSON.stringify(pickCountries(all, PHONE_COUNTRIES));
      return id.endsWith('.js') ? `export default ${picked};` : picked;
    },
  };
}

/** Library code: npm packages, and the bundler's own runtime helpers (virtual `\0…` modules). */
const isLibrary = (id: string) => id.startsWith('\0') || /[\\/]node_modules[\\/]/.test(id);

/**
 * The marketplace forbids minified code except bundled libraries: this minifies each library
 * module's stretch of the finished chunk and leaves ours as Rolldown printed it. The chunk marks
 * every module's start with a `// <path>` line; a stretch runs to the next module's mark. It runs
 * in `generateBundle`, after Vite's own `renderChunk` lowering, which reprints the whole chunk.
 * Top-level names are kept (`toplevel: false`), since other modules of the chunk refer to them.
 */
export function minifyLibrariesOnly(): Plugin {
  let root = process.cwd();
  return {
    name: 'partner-card-cleaner:minify-libraries',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = minifyLibraryStretches(chunk.code, chunk.moduleIds, root);
      }
    },
  };
}

/** How Rolldown names a module in its `// <path>` mark: relative to the root, `\0` spelled out. */
const markOf = (id: string, root: string) =>
  id.startsWith('\0') ? '\\0' + id.slice(1) : path.relative(root, id).split(path.sep).join('/');

export function minifyLibraryStretches(code: string, moduleIds: readonly string[], root: string): string {
  const marks = new Map(moduleIds.map((id) => [markOf(id, root), id]));
  const lines = code.split('\n');
  const starts: Array<{ line: number; id: string }> = [];
  lines.forEach((line, i) => {
    const mark = /^\s*\/\/ (\S+)$/.exec(line)?.[1];
    const id = mark === undefined ? undefined : marks.get(mark);
    if (id) starts.push({ line: i, id });
  });
  const out: string[] = lines.slice(0, starts[0]?.line ?? lines.length);
  starts.forEach((start, k) => {
    const stretch = lines.slice(start.line, starts[k + 1]?.line ?? lines.length);
    // The last stretch also closes the chunk's wrapper: never minified (it is our entry anyway).
    if (!isLibrary(start.id) || k === starts.length - 1) {
      out.push(...stretch);
      return;
    }
    const result = minifySync(`${start.id}.js`, stretch.slice(1).join('\n'), {
      module: false,
      compress: { target: 'es2020' },
      mangle: { toplevel: false },
      codegen: { removeWhitespace: true },
    });
    if (result.errors.length) throw new Error(`minifying ${start.id}: ${result.errors.map((e) => e.message).join('; ')}`);
    const indent = /^\s*/.exec(stretch[0] ?? '')?.[0] ?? '';
    out.push(stretch[0]!, indent + result.code.trim());
  });
  return out.join('\n');
}

// Bundles the sandbox's amoCRM stand-in page (sandbox/page/) into dist/sandbox-page/.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE_DIR = path.join(ROOT, 'dist', 'sandbox-page');

export async function buildSandboxPage(): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: PAGE_DIR,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'es2020',
      lib: {
        entry: path.join(ROOT, 'sandbox/page/main.ts'),
        formats: ['iife'],
        name: 'SandboxPage',
        fileName: () => 'page.js',
        cssFileName: 'page',
      },
    },
  });
  await cp(path.join(ROOT, 'sandbox/page/index.html'), path.join(PAGE_DIR, 'index.html'));
}

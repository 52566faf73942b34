// Per-module weight of a built widget file: `npx tsx bench/modules.ts [dist/widget/script.js] [--top=N]`.
// Rolldown marks each module's start with a `// <path>` line; a module's stretch runs to the next
// mark. For each stretch it prints the raw bytes and what leaving it out saves in the file's gzip
// (gzip of the whole file minus gzip of the file without the stretch), then totals by package/folder.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface ModuleWeight {
  id: string;
  rawBytes: number;
  /** gzip(file) − gzip(file without this stretch): what this module costs in the shipped gzip. */
  gzipBytes: number;
}

const MARK = /^\s*\/\/ ((?:\\0|node_modules\/|src\/|widget\/|i18n\/)\S*)$/;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

export function moduleWeights(code: string): ModuleWeight[] {
  const lines = code.split('\n');
  const starts = lines.flatMap((line, i) => {
    const id = MARK.exec(line)?.[1];
    return id ? [{ line: i, id }] : [];
  });
  const whole = gz(code);
  return starts.map((start, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    const without = [...lines.slice(0, start.line), ...lines.slice(end)].join('\n');
    const stretch = lines.slice(start.line, end).join('\n');
    return { id: start.id, rawBytes: Buffer.byteLength(stretch) + 1, gzipBytes: whole - gz(without) };
  });
}

/** node_modules/<pkg> (scoped too), or the first two folders of our own code. */
export function groupOf(id: string): string {
  if (id.startsWith('\\0')) return 'bundler runtime';
  const parts = id.split('/');
  if (parts[0] === 'node_modules') return parts[1]?.startsWith('@') ? parts.slice(1, 3).join('/') : (parts[1] ?? id);
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') || id;
}

if (process.argv[1]?.endsWith('modules.ts')) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/widget/script.js';
  const top = Number(/--top=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 25);
  const code = readFileSync(file, 'utf8');
  const weights = moduleWeights(code);
  const groups = new Map<string, { rawBytes: number; gzipBytes: number }>();
  for (const w of weights) {
    const g = groups.get(groupOf(w.id)) ?? { rawBytes: 0, gzipBytes: 0 };
    groups.set(groupOf(w.id), { rawBytes: g.rawBytes + w.rawBytes, gzipBytes: g.gzipBytes + w.gzipBytes });
  }
  const row = (name: string, raw: number, gzip: number) => `${String(gzip).padStart(8)} ${String(raw).padStart(9)}  ${name}`;
  console.log(`${file}: ${Buffer.byteLength(code)} B raw, ${gz(code)} B gzip\n\n gzip(B)    raw(B)  group`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].gzipBytes - a[1].gzipBytes)) console.log(row(name, g.rawBytes, g.gzipBytes));
  console.log(`\n gzip(B)    raw(B)  top ${top} modules`);
  for (const w of [...weights].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, top)) console.log(row(w.id, w.rawBytes, w.gzipBytes));
}

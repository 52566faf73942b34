// Size of the widget's script.js as amoCRM serves it (raw) and as it travels (gzip).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function scriptSize(path = 'dist/widget/script.js'): { raw: number; gzip: number } {
  if (!existsSync(path)) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0 || !existsSync(path)) throw new Error('npm run build did not produce ' + path);
  }
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

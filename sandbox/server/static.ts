// Static files for the host page and the unzipped widget: known content types, index.html for
// directories, nothing outside the mounted folders.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticMount {
  urlPrefix: string;
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

export const contentTypeOf = (file: string) => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

async function fileIfExists(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) return fileIfExists(join(file, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

/** The file a URL path maps to, or null (also for anything escaping its mount). */
export async function resolveStatic(path: string, mounts: readonly StaticMount[], files: Record<string, string>): Promise<string | null> {
  const direct = files[path];
  if (direct) return fileIfExists(direct);
  const ordered = [...mounts].sort((a, b) => b.urlPrefix.length - a.urlPrefix.length);
  for (const m of ordered) {
    const prefix = m.urlPrefix.endsWith('/') ? m.urlPrefix : `${m.urlPrefix}/`;
    if (path !== prefix.slice(0, -1) && !path.startsWith(prefix)) continue;
    let rel: string;
    try {
      rel = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return null;
    }
    const root = resolve(m.dir);
    const full = resolve(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    if (full !== root && !full.startsWith(root + sep)) return null;
    const found = await fileIfExists(full);
    if (found) return found;
  }
  return null;
}

/** The type follows the public URL's extension when it has a known one (single files may be renamed). */
export function sendFile(res: ServerResponse, file: string, head: boolean, urlPath = file): void {
  const type = TYPES[extname(urlPath).toLowerCase()] ? contentTypeOf(urlPath) : contentTypeOf(file);
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

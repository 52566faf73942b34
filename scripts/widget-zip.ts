// Packs a built widget folder the way amoCRM wants it: the folder's *contents* at the archive root.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/** Zips every file under `dir` with paths relative to it (no wrapper folder). */
export async function zipFolder(dir: string): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the archive byte-identical between builds of the same code.
  const date = new Date('2026-01-01T00:00:00Z');
  for (const rel of await listFiles(dir)) {
    zip.file(rel, await readFile(path.join(dir, rel)), { date, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

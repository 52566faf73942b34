// Node side of `npm start -- --widget=x.zip`: unpack any widget archive the way amoCRM takes an
// upload — manifest.json at the top, a widget code given by the platform — into a folder to serve.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

/** A widget folder the sandbox serves at `/widgets/<code>`. */
export interface ServedWidget {
  code: string;
  dir: string;
}

interface ManifestHead {
  widget?: { code?: unknown };
}

/**
 * Old manifests carried `widget.code`; amoМаркет generates one on upload. Ours is derived from the
 * archive's bytes so a restart keeps the same code (and the settings stored under it). The real
 * format of generated codes is not documented; lower-case letters, digits and `_` are safe in ids,
 * CSS classes and URLs, which is all a widget may assume.
 */
export function widgetCodeFor(manifest: ManifestHead, bytes: Uint8Array | string): string {
  const own = manifest.widget?.code;
  if (typeof own === 'string' && /^[a-z0-9_]+$/i.test(own)) return own;
  return `amo_${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}`;
}

/** `manifest.json` must be a top-level entry; one wrapper folder is tolerated with a warning. */
function rootOf(zip: JSZip, archive: string, warn: (m: string) => void): string {
  if (zip.file('manifest.json')) return '';
  const nested = zip.file(/^[^/]+\/manifest\.json$/);
  if (nested.length === 1) {
    const root = nested[0]!.name.slice(0, -'manifest.json'.length);
    warn(`${archive}: manifest.json is inside the folder "${root}" — amoCRM wants it at the top of widget.zip`);
    return root;
  }
  throw new Error(`${archive}: no manifest.json at the top of the archive`);
}

async function unzip(archive: string, outRoot: string, warn: (m: string) => void): Promise<ServedWidget> {
  const bytes = await readFile(archive);
  const zip = await JSZip.loadAsync(bytes);
  const root = rootOf(zip, archive, warn);
  const manifest = JSON.parse(await zip.file(`${root}manifest.json`)!.async('string')) as ManifestHead;
  const code = widgetCodeFor(manifest, bytes);
  const dir = path.join(outRoot, code);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.startsWith(root)) continue;
    const rel = entry.name.slice(root.length);
    const target = path.resolve(dir, rel);
    if (!target.startsWith(dir + path.sep)) throw new Error(`${archive}: entry "${entry.name}" points outside the widget folder`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await entry.async('uint8array'));
  }
  return { code, dir };
}

/** A zip is unpacked under `outRoot`; an already unpacked folder is served as it is. */
export async function prepareWidget(source: string, outRoot: string, warn: (m: string) => void = console.warn): Promise<ServedWidget> {
  const full = path.resolve(source);
  if ((await stat(full)).isDirectory()) {
    const manifestText = await readFile(path.join(full, 'manifest.json'), 'utf8');
    return { code: widgetCodeFor(JSON.parse(manifestText) as ManifestHead, full), dir: full };
  }
  return unzip(full, outRoot, warn);
}

/** Values of every `--widget=x` / `--widget x` flag, in order. */
export function widgetArgs(argv: string[]): string[] {
  const out: string[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--widget=')) out.push(arg.slice('--widget='.length));
    else if (arg === '--widget' && argv[i + 1]) out.push(argv[i + 1]!);
  });
  return out;
}

// What amoCRM's upload and moderation expect of widget.zip, checked on the archive itself.
// Each rule answers human-readable violations; an empty list means the archive is fine.
import type JSZip from 'jszip';

export const REQUIRED_LOGOS: Record<string, { width: number; height: number }> = {
  'images/logo_min.png': { width: 84, height: 84 },
  'images/logo_medium.png': { width: 240, height: 84 },
  'images/logo_main.png': { width: 400, height: 272 },
  'images/logo_small.png': { width: 108, height: 108 },
  'images/logo.png': { width: 130, height: 100 },
};
export const MAX_LOGO_BYTES = 300 * 1024;
const REQUIRED_LOCATIONS = ['ccard-1', 'settings', 'advanced_settings'];
const WIDGET_KEYS = [
  'name',
  'description',
  'short_description',
  'version',
  'interface_version',
  'init_once',
  'locale',
  'installation',
  'support',
];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Dotted paths of every string leaf: `settings.field_email`. */
export function leafKeys(value: Json, prefix = ''): string[] {
  if (!isObject(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(tree: Json, dotted: string): Json | undefined {
  let node: Json | undefined = tree;
  for (const part of dotted.split('.')) node = isObject(node) ? node[part] : undefined;
  return node;
}

/**
 * `define([deps], factory)` or `define(factory)` as the first statement; a string first argument names
 * the module. `name`: script.js, or a file script.js loads on demand from the widget's folder (same rules).
 */
export function scriptProblems(source: string, name = 'script.js'): string[] {
  const code = source.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  const problems: string[] = [];
  if (/^define\s*\(\s*['"`]/.test(code))
    problems.push(`${name}: define() names its module; amoCRM needs an anonymous define([deps], factory)`);
  else if (!/^define\s*\(\s*(\[|function\b|\()/.test(code))
    problems.push(`${name}: must start with an anonymous AMD define([deps], factory)`);
  const css = injectedCss(source);
  for (const sel of css ? cssLeaks(css).slice(0, 10) : []) {
    problems.push(`${name}: injected CSS styles the host page ("${sel}"); prefix selectors with the widget's class`);
  }
  const lines = source.split('\n').length;
  if (source.length > 20_000 && source.length / lines > 500) {
    problems.push(`${name}: looks minified (${lines} lines for ${source.length} bytes); moderation requires readable code`);
  }
  return problems;
}

/** The stylesheet our build injects (vite.config.ts assigns it to `partnerCardCleanerStyle.textContent`). */
export function injectedCss(source: string): string | null {
  const m = /partnerCardCleanerStyle\.textContent = ("(?:[^"\\]|\\.)*");/.exec(source);
  return m?.[1] ? (JSON.parse(m[1]) as string) : null;
}

/**
 * Selectors that would restyle the host page: ones that start at a bare tag or `*` (`body`, `a:hover`,
 * `* + p`) instead of a class, id, attribute or `:root` (theme variables).
 */
export function cssLeaks(css: string): string[] {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{;]+\{/g, '');
  const selectors = [...rules.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => (m[1] ?? '').split(',')).map((x) => x.trim());
  const keyframeStep = /^(from|to|\d+(\.\d+)?%)$/;
  return [...new Set(selectors.filter((sel) => sel && !keyframeStep.test(sel) && /^([a-z][a-z0-9-]*|\*)/i.test(sel)))];
}

async function readJson(zip: JSZip, name: string, problems: string[]): Promise<Json | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const bytes = await file.async('uint8array');
  if (hasBom(bytes)) problems.push(`${name}: starts with a UTF-8 BOM; write JSON without BOM`);
  const text = new TextDecoder('utf-8').decode(hasBom(bytes) ? bytes.subarray(3) : bytes);
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    problems.push(`${name}: is not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

function manifestProblems(manifest: Json): string[] {
  if (!isObject(manifest)) return ['manifest.json: must be a JSON object'];
  const problems: string[] = [];
  const widget = manifest.widget;
  if (!isObject(widget)) problems.push('manifest.json: missing the "widget" block');
  else {
    for (const key of WIDGET_KEYS) if (!(key in widget)) problems.push(`manifest.json: widget.${key} is missing`);
    if ('interface_version' in widget && widget.interface_version !== 2)
      problems.push(`manifest.json: widget.interface_version must be 2 (found ${JSON.stringify(widget.interface_version)})`);
    const support = widget.support;
    if ('support' in widget && (!isObject(support) || !support.link || !support.email))
      problems.push('manifest.json: widget.support needs both "link" and "email"');
    if ('locale' in widget && (!Array.isArray(widget.locale) || widget.locale.length === 0))
      problems.push('manifest.json: widget.locale must be a non-empty list of language codes');
  }
  const locations = Array.isArray(manifest.locations) ? manifest.locations : null;
  if (!locations) problems.push('manifest.json: "locations" list is missing');
  else for (const loc of REQUIRED_LOCATIONS) if (!locations.includes(loc)) problems.push(`manifest.json: locations must include "${loc}"`);
  if (!isObject(manifest.settings)) problems.push('manifest.json: "settings" block is missing');
  if (!isObject(manifest.advanced) || typeof manifest.advanced.title !== 'string')
    problems.push('manifest.json: advanced.title is missing (needed by the advanced_settings location)');
  return problems;
}

/** The i18n keys the manifest refers to: widget texts, each setting's name, the advanced page title. */
export function manifestI18nKeys(manifest: Json): string[] {
  if (!isObject(manifest)) return [];
  const keys: string[] = [];
  if (isObject(manifest.widget)) {
    for (const k of ['name', 'description', 'short_description']) {
      const v = manifest.widget[k];
      if (typeof v === 'string') keys.push(v);
    }
  }
  if (isObject(manifest.settings)) {
    for (const field of Object.values(manifest.settings)) if (isObject(field) && typeof field.name === 'string') keys.push(field.name);
  }
  if (isObject(manifest.advanced) && typeof manifest.advanced.title === 'string') keys.push(manifest.advanced.title);
  return keys;
}

export async function checkWidgetZip(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  if (!names.includes('manifest.json')) {
    const nested = names.find((n) => n.endsWith('/manifest.json'));
    problems.push(
      nested
        ? `archive: manifest.json is inside the folder "${nested.slice(0, -'manifest.json'.length)}"; zip the folder's contents, not the folder`
        : 'archive: manifest.json is missing at the archive root',
    );
  }
  if (!names.includes('script.js')) problems.push('archive: script.js is missing at the archive root');
  for (const name of names.filter((n) => n.endsWith('.json') && n !== 'manifest.json' && !n.startsWith('i18n/'))) {
    await readJson(zip, name, problems); // BOM and syntax of any other JSON shipped
  }

  const manifest = await readJson(zip, 'manifest.json', problems);
  if (manifest !== undefined) problems.push(...manifestProblems(manifest));

  const declared =
    isObject(manifest) && isObject(manifest.widget) && Array.isArray(manifest.widget.locale)
      ? manifest.widget.locale.filter((l): l is string => typeof l === 'string')
      : [];
  const shipped = names.filter((n) => /^i18n\/[^/]+\.json$/.test(n)).map((n) => n.slice(5, -5));
  for (const l of declared) if (!shipped.includes(l)) problems.push(`i18n/${l}.json: missing for manifest locale "${l}"`);
  for (const l of shipped) if (!declared.includes(l)) problems.push(`i18n/${l}.json: locale "${l}" is not listed in widget.locale`);

  const locales = new Map<string, Json>();
  for (const l of shipped) {
    const tree = await readJson(zip, `i18n/${l}.json`, problems);
    if (tree !== undefined) locales.set(l, tree);
  }
  const wanted = manifest === undefined ? [] : manifestI18nKeys(manifest);
  for (const [l, tree] of locales) {
    for (const key of wanted)
      if (typeof lookup(tree, key) !== 'string') problems.push(`i18n/${l}.json: key "${key}" named in manifest.json is missing`);
  }
  const [first, ...rest] = [...locales.entries()];
  if (first) {
    const base = new Set(leafKeys(first[1]));
    for (const [l, tree] of rest) {
      const keys = new Set(leafKeys(tree));
      for (const k of base) if (!keys.has(k)) problems.push(`i18n/${l}.json: key "${k}" exists in i18n/${first[0]}.json but not here`);
      for (const k of keys) if (!base.has(k)) problems.push(`i18n/${l}.json: key "${k}" is not in i18n/${first[0]}.json`);
    }
  }

  for (const [name, want] of Object.entries(REQUIRED_LOGOS)) {
    const file = zip.file(name);
    if (!file) {
      problems.push(`${name}: missing (${want.width}×${want.height} PNG required)`);
      continue;
    }
    const bytes = await file.async('uint8array');
    const size = pngSize(bytes);
    if (!size) problems.push(`${name}: is not a PNG`);
    else if (size.width !== want.width || size.height !== want.height)
      problems.push(`${name}: is ${size.width}×${size.height}, must be exactly ${want.width}×${want.height}`);
    if (bytes.length > MAX_LOGO_BYTES) problems.push(`${name}: is ${Math.ceil(bytes.length / 1024)} KB, must be at most 300 KB`);
  }

  // script.js and the files it loads on demand (the queue, the settings form…) beside it.
  for (const name of names
    .filter((n) => /^[^/]+\.js$/.test(n))
    .sort((a, b) => (a === 'script.js' ? -1 : b === 'script.js' ? 1 : a.localeCompare(b)))) {
    problems.push(...scriptProblems(await zip.file(name)!.async('string'), name));
  }
  return problems;
}

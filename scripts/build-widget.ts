// `npm run build`: script.js by Vite, the package files beside it, dist/widget.zip, and the sandbox page.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildSandboxPage } from './build-page';
import { zipFolder } from './widget-zip';
import { minifyLibrariesOnly, phoneMetadataForOurCountries } from './widgetWeight';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGET_DIR = path.join(ROOT, 'dist', 'widget');
export const WIDGET_ZIP = path.join(ROOT, 'dist', 'widget.zip');

export interface WidgetBuildReport {
  scriptBytes: number;
  scriptGzipBytes: number;
  zipBytes: number;
}

const CONFIG_FILE = path.join(ROOT, 'vite.config.ts');
/** Weight cuts (scripts/widgetWeight.ts), added here so vite.config.ts imports no local TypeScript. */
const weightPlugins = () => [phoneMetadataForOurCountries(), minifyLibrariesOnly()];

/**
 * Builds dist/widget/ (script.js, the files it loads on demand — the queue, the settings form, the
 * move dialog… — manifest.json, i18n/, images/) and zips it to dist/widget.zip.
 */
export async function buildWidget(): Promise<WidgetBuildReport> {
  await build({ configFile: CONFIG_FILE, root: ROOT, logLevel: 'warn', plugins: weightPlugins() });
  await cp(path.join(ROOT, 'manifest.json'), path.join(WIDGET_DIR, 'manifest.json'));
  await cp(path.join(ROOT, 'i18n'), path.join(WIDGET_DIR, 'i18n'), { recursive: true });
  await cp(path.join(ROOT, 'images'), path.join(WIDGET_DIR, 'images'), { recursive: true });
  const zip = await zipFolder(WIDGET_DIR);
  await mkdir(path.dirname(WIDGET_ZIP), { recursive: true });
  await writeFile(WIDGET_ZIP, zip);
  const script = await readFile(path.join(WIDGET_DIR, 'script.js'));
  return { scriptBytes: script.length, scriptGzipBytes: gzipSync(script).length, zipBytes: zip.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await buildWidget();
  await buildSandboxPage();
  console.log(
    `widget: script.js ${kb(report.scriptBytes)} (gzip ${kb(report.scriptGzipBytes)}), widget.zip ${kb(report.zipBytes)}; sandbox page built`,
  );
}

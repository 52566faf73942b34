// `npm start`: builds the widget and the host page, serves them with the demo account's API on one
// origin, rebuilds on every change in widget/, src/, i18n/ (reload the page to see it).
// `npm start -- --widget=path/to/widget.zip` (repeatable) runs those archives instead, each under the
// code amoCRM would give it on upload; a folder (e.g. dist/widget) is served as it is.
import { watch } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSandboxPage } from '../scripts/build-page';
import { buildWidget } from '../scripts/build-widget';
import { createSandbox, parseFaultArgs } from './server';
import { pageServing, SANDBOX_WIDGET_CODE, WIDGET_DIST } from './page/mounts';
import { prepareWidget, widgetArgs, type ServedWidget } from './page/widgetArchive';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 5173;
const DEMO_CARD = '#/contacts/24000101';

function portArg(argv: string[]): number {
  const flag = argv.find((a) => a.startsWith('--port'));
  const value = flag?.includes('=') ? flag.split('=')[1] : flag ? argv[argv.indexOf(flag) + 1] : undefined;
  const port = Number(value ?? process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${value}`);
  return port;
}

const argv = process.argv.slice(2);
const archives = widgetArgs(argv);
/** With --widget the page runs those archives; our own widget is built only when it runs. */
const ours = archives.length === 0;

async function build(reason: string): Promise<void> {
  const started = Date.now();
  const report = ours ? await buildWidget() : null;
  await buildSandboxPage();
  const size = report ? ` — script.js ${(report.scriptBytes / 1024).toFixed(0)} KB` : '';
  console.log(`[${reason}] built in ${Date.now() - started} ms${size}`);
}

async function widgetsToServe(): Promise<ServedWidget[] | undefined> {
  if (ours) return undefined;
  const outRoot = await mkdtemp(path.join(os.tmpdir(), 'sbx-widgets-'));
  const served: ServedWidget[] = [];
  for (const source of archives) {
    const w = await prepareWidget(source, outRoot);
    // Our own build folder keeps the code its settings are stored under.
    served.push(path.resolve(source) === WIDGET_DIST ? { ...w, code: SANDBOX_WIDGET_CODE } : w);
    console.log(`Widget ${source} → /widgets/${served.at(-1)!.code}`);
  }
  return served;
}

/** A failed rebuild keeps the last good build served; the error says what to fix. */
async function rebuild(reason: string): Promise<void> {
  try {
    await build(reason);
  } catch (e) {
    console.error(`[${reason}] build failed: ${(e as Error).message}`);
  }
}

await build('start'); // nothing to serve without a first good build: fail loudly
const served = await widgetsToServe();
const port = portArg(argv);
const sandbox = await createSandbox({ port, faults: parseFaultArgs(argv), ...pageServing(served) }).catch((e: NodeJS.ErrnoException) => {
  // Most often a sandbox from an earlier `npm start` still runs: say so instead of a stack trace.
  if (e.code !== 'EADDRINUSE') throw e;
  console.error(`Port ${port} is taken (another \`npm start\` still running?). Stop it, or choose a port: npm start -- --port=${port + 1}`);
  process.exit(1);
});

// Several files change at once on save: one rebuild per burst, never two at the same time.
let timer: NodeJS.Timeout | undefined;
let building: Promise<void> = Promise.resolve();
const schedule = (what: string) => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    building = building.then(() => rebuild(what));
  }, 200);
};
const watched = ours ? ['widget', 'src', 'i18n', 'sandbox/page', 'images', 'manifest.json'] : ['sandbox/page'];
const watchers = watched.map((rel) =>
  watch(path.join(ROOT, rel), { recursive: true }, (_event, file) => schedule(`${rel}${file ? `/${file}` : ''}`)),
);

console.log(`Sandbox ready: ${sandbox.url}/${DEMO_CARD}`);
console.log(`Watching ${watched.join(', ')} — reload the page after a rebuild. Ctrl+C stops.`);

const stop = async () => {
  for (const w of watchers) w.close();
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

// `npm start -- --widget=x.zip`: how an archive becomes a served widget folder with its own code.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { prepareWidget, widgetArgs, widgetCodeFor } from '../../sandbox/page/widgetArchive';

async function zipOf(files: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sbx-archive-'));
  const file = path.join(dir, 'widget.zip');
  await writeFile(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

const MANIFEST = JSON.stringify({ widget: { version: '1.0.0' }, locations: ['ccard-1'] });

describe('a widget archive in the sandbox', () => {
  it('is unpacked under a code amoCRM-style: the same archive keeps its code, another gets another', async () => {
    const a = await zipOf({ 'manifest.json': MANIFEST, 'script.js': 'define([], function () {});', 'classes/x.js': 'x' });
    const b = await zipOf({ 'manifest.json': MANIFEST, 'script.js': 'define([], function () { return 1; });' });
    const out = await mkdtemp(path.join(os.tmpdir(), 'sbx-out-'));
    const first = await prepareWidget(a, out);
    const again = await prepareWidget(a, out);
    const other = await prepareWidget(b, out);
    expect(first.code).toMatch(/^amo_[0-9a-f]{12}$/);
    expect(again.code).toBe(first.code);
    expect(other.code).not.toBe(first.code);
    expect(await readFile(path.join(first.dir, 'classes/x.js'), 'utf8')).toBe('x');
  });

  it("keeps an old manifest's own widget.code", () => {
    expect(widgetCodeFor({ widget: { code: 'kommo_birthday' } }, 'bytes')).toBe('kommo_birthday');
    expect(widgetCodeFor({ widget: { code: 'no spaces<>' } }, 'bytes')).toMatch(/^amo_/);
  });

  it('tolerates one wrapper folder with a warning, and refuses an archive without manifest.json', async () => {
    const warnings: string[] = [];
    const wrapped = await zipOf({ 'my-widget/manifest.json': MANIFEST, 'my-widget/script.js': 's' });
    const w = await prepareWidget(wrapped, await mkdtemp(path.join(os.tmpdir(), 'sbx-out-')), (m) => warnings.push(m));
    expect(await readFile(path.join(w.dir, 'script.js'), 'utf8')).toBe('s');
    expect(warnings.join()).toMatch(/manifest\.json is inside the folder "my-widget\/"/);
    const empty = await zipOf({ 'script.js': 's' });
    await expect(prepareWidget(empty, os.tmpdir())).rejects.toThrow(/no manifest\.json/);
  });

  it('reads every --widget flag in order, in both spellings', () => {
    expect(widgetArgs(['--port=1', '--widget=a.zip', '--widget', 'b.zip', '--latency=3'])).toEqual(['a.zip', 'b.zip']);
    expect(widgetArgs(['--port=1'])).toEqual([]);
  });
});

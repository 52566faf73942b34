// The sandbox serves the host page and the unzipped widget from disk: right content types,
// index.html for folders, nothing outside a mount, and an HTML page logs the browser in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createSandbox, type Sandbox } from '../../sandbox/server';

let sb: Sandbox;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sandbox-static-'));
  const page = join(root, 'page');
  const widget = join(root, 'widget');
  mkdirSync(join(widget, 'images'), { recursive: true });
  mkdirSync(page);
  writeFileSync(join(page, 'index.html'), '<!doctype html><title>card</title>');
  writeFileSync(join(page, 'app.js'), 'console.log(1)');
  writeFileSync(join(page, 'app.js.map'), '{}');
  writeFileSync(join(page, 'style.css'), 'body{}');
  writeFileSync(join(widget, 'manifest.json'), '{"widget":{}}');
  writeFileSync(join(widget, 'images', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  sb = await createSandbox({
    staticMounts: [
      { urlPrefix: '/', dir: page },
      { urlPrefix: '/widgets/partner_card_cleaner/', dir: widget },
    ],
    files: { '/beep.wav': join(root, 'secret.txt') },
  });
});
afterAll(async () => {
  await sb.close();
  rmSync(root, { recursive: true, force: true });
});

/** Raw GET so the path reaches the server exactly as written (fetch would normalise dots). */
function rawGet(path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(sb.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static files', () => {
  it.each([
    ['/', 'text/html'],
    ['/app.js', 'application/javascript'],
    ['/app.js.map', 'application/json'],
    ['/style.css', 'text/css'],
    ['/widgets/partner_card_cleaner/manifest.json', 'application/json'],
    ['/widgets/partner_card_cleaner/images/logo.png', 'image/png'],
    ['/beep.wav', 'audio/wav'],
  ])('%s is served as %s', async (path, type) => {
    const res = await fetch(`${sb.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/widgets/partner_card_cleaner/..%2f..%2fsecret.txt',
      '/widgets/partner_card_cleaner/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const res = await rawGet(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).not.toContain('outside');
    }
  });

  it('opening the page logs the browser in, so the API answers with that cookie', async () => {
    const page = await fetch(`${sb.url}/`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^session=/);
    expect((await fetch(`${sb.url}/app.js`)).headers.get('set-cookie')).toBeNull();
    expect((await fetch(`${sb.url}/api/v4/account`, { headers: { cookie } })).status).toBe(200);
  });
});

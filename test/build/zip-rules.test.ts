// Broken archives built in memory: each must be refused with a message that says what to fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { checkWidgetZip, scriptProblems } from '../../scripts/zip-rules';

const ROOT = path.resolve(__dirname, '../..');
const text = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const json = (rel: string) => JSON.parse(text(rel)) as Record<string, unknown>;

/** Just the PNG signature and IHDR: enough for a header check. */
function pngHeader(width: number, height: number, padTo = 33): Uint8Array {
  const bytes = new Uint8Array(Math.max(33, padTo));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const SCRIPT = "define(['jquery'], function ($) {\n  return function Widget() { this.callbacks = {}; return this; };\n});\n";

type Files = Record<string, string | Uint8Array>;

/** The project's real manifest and texts, with header-only logos: the archive that must pass. */
function validFiles(): Files {
  return {
    'manifest.json': text('manifest.json'),
    'script.js': SCRIPT,
    'i18n/ru.json': text('i18n/ru.json'),
    'i18n/en.json': text('i18n/en.json'),
    'images/logo_min.png': pngHeader(84, 84),
    'images/logo_medium.png': pngHeader(240, 84),
    'images/logo_main.png': pngHeader(400, 272),
    'images/logo_small.png': pngHeader(108, 108),
    'images/logo.png': pngHeader(130, 100),
  };
}

async function check(files: Files): Promise<string[]> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { createFolders: false });
  return checkWidgetZip(await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' })));
}

function withManifest(change: (m: Record<string, Record<string, unknown>>) => void): Files {
  const manifest = json('manifest.json') as Record<string, Record<string, unknown>>;
  change(manifest);
  return { ...validFiles(), 'manifest.json': JSON.stringify(manifest) };
}

describe('widget.zip rules', () => {
  it('accepts the project manifest, both locales and correctly sized logos', async () => {
    expect(await check(validFiles())).toEqual([]);
  });

  it('refuses a wrapper folder and names it', async () => {
    const wrapped = Object.fromEntries(Object.entries(validFiles()).map(([k, v]) => [`widget/${k}`, v]));
    const problems = await check(wrapped);
    expect(problems).toContain('archive: manifest.json is inside the folder "widget/"; zip the folder\'s contents, not the folder');
    expect(problems).toContain('archive: script.js is missing at the archive root');
  });

  it('refuses JSON written with a BOM', async () => {
    const problems = await check({ ...validFiles(), 'i18n/en.json': '\uFEFF' + text('i18n/en.json') });
    expect(problems).toEqual(['i18n/en.json: starts with a UTF-8 BOM; write JSON without BOM']);
  });

  it('refuses a manifest that is not JSON', async () => {
    const problems = await check({ ...validFiles(), 'manifest.json': '{"widget": ' });
    expect(problems.some((p) => p.startsWith('manifest.json: is not valid JSON'))).toBe(true);
  });

  it('refuses interface_version other than 2 and a missing support e-mail', async () => {
    const problems = await check(
      withManifest((m) => {
        m.widget!.interface_version = 1;
        m.widget!.support = { link: 'https://example.org' };
      }),
    );
    expect(problems).toEqual([
      'manifest.json: widget.interface_version must be 2 (found 1)',
      'manifest.json: widget.support needs both "link" and "email"',
    ]);
  });

  it('refuses a manifest without the card sidebar location or a required widget key', async () => {
    const problems = await check(
      withManifest((m) => {
        (m as Record<string, unknown>).locations = ['settings', 'advanced_settings'];
        delete m.widget!.version;
      }),
    );
    expect(problems).toEqual(['manifest.json: widget.version is missing', 'manifest.json: locations must include "ccard-1"']);
  });

  it('refuses locales that do not match the i18n files', async () => {
    const missing = validFiles();
    delete missing['i18n/en.json'];
    expect(await check(missing)).toEqual(['i18n/en.json: missing for manifest locale "en"']);
    const extra = { ...validFiles(), 'i18n/es.json': text('i18n/en.json') };
    expect(await check(extra)).toEqual(['i18n/es.json: locale "es" is not listed in widget.locale']);
  });

  it('refuses a setting whose label is missing from a locale', async () => {
    const en = json('i18n/en.json') as Record<string, Record<string, string>>;
    delete en.settings!.client_catalog;
    const problems = await check({ ...validFiles(), 'i18n/en.json': JSON.stringify(en) });
    expect(problems).toEqual([
      'i18n/en.json: key "settings.client_catalog" named in manifest.json is missing',
      'i18n/en.json: key "settings.client_catalog" exists in i18n/ru.json but not here',
    ]);
  });

  it('refuses locale files with different key structures', async () => {
    const en = json('i18n/en.json') as Record<string, Record<string, string>>;
    en.panel!.only_in_english = 'Extra';
    const problems = await check({ ...validFiles(), 'i18n/en.json': JSON.stringify(en) });
    expect(problems).toEqual(['i18n/en.json: key "panel.only_in_english" is not in i18n/ru.json']);
  });

  it('refuses logos of the wrong size, too heavy, missing or not PNG', async () => {
    const files: Files = {
      ...validFiles(),
      'images/logo_min.png': pngHeader(80, 84),
      'images/logo_main.png': pngHeader(400, 272, 301 * 1024),
      'images/logo.png': new TextEncoder().encode('GIF89a not a png at all, really'),
    };
    delete files['images/logo_small.png'];
    const problems = await check(files);
    expect(problems).toEqual([
      'images/logo_min.png: is 80×84, must be exactly 84×84',
      'images/logo_main.png: is 301 KB, must be at most 300 KB',
      'images/logo_small.png: missing (108×108 PNG required)',
      'images/logo.png: is not a PNG',
    ]);
  });

  it('refuses a named AMD module and a script that is not AMD', async () => {
    expect(await check({ ...validFiles(), 'script.js': "define('partner', ['jquery'], function () {});" })).toEqual([
      'script.js: define() names its module; amoCRM needs an anonymous define([deps], factory)',
    ]);
    expect(scriptProblems('(function () { window.Widget = 1; })();')).toEqual([
      'script.js: must start with an anonymous AMD define([deps], factory)',
    ]);
    expect(scriptProblems('/* licence */\n// why\ndefine(["jquery"], function ($) {});')).toEqual([]);
  });

  it('refuses injected CSS that would restyle the host page, and accepts prefixed rules and theme variables', () => {
    const withCss = (css: string) =>
      `define(['jquery'], function ($) {\n  partnerCardCleanerStyle.textContent = ${JSON.stringify(css)};\n  return function W() {};\n});`;
    const scoped =
      ':root{--x:1}[data-crm-ui-kit-theme=alternative]{--x:2}.partner_card_cleaner-panel a{color:red}@media (max-width:300px){.pcc-row{gap:0}}@keyframes spin{from{opacity:0}50%{opacity:.5}to{opacity:1}}';
    expect(scriptProblems(withCss(scoped))).toEqual([]);
    expect(scriptProblems(withCss('/* reset */ body{margin:0} .pcc-x, a:hover{color:red} *{box-sizing:border-box}'))).toEqual([
      'script.js: injected CSS styles the host page ("body"); prefix selectors with the widget\'s class',
      'script.js: injected CSS styles the host page ("a:hover"); prefix selectors with the widget\'s class',
      'script.js: injected CSS styles the host page ("*"); prefix selectors with the widget\'s class',
    ]);
  });

  it('holds the files script.js loads on demand to the same rules, naming each', async () => {
    const minifiedPart = 'define(function(){' + 'var a=1;'.repeat(5000) + '});';
    expect(
      await check({ ...validFiles(), 'MoveForm-x1.js': 'define(function () {\n  return function (require, exports, module) {};\n});\n' }),
    ).toEqual([]);
    expect(await check({ ...validFiles(), 'queue-x2.js': minifiedPart, 'form-x3.js': 'var form = 1;' })).toEqual([
      'form-x3.js: must start with an anonymous AMD define([deps], factory)',
      `queue-x2.js: looks minified (1 lines for ${minifiedPart.length} bytes); moderation requires readable code`,
    ]);
  });

  it('refuses a minified script', () => {
    const minified = 'define([],function(){' + 'var a=1;'.repeat(5000) + '});';
    expect(scriptProblems(minified)).toEqual([
      `script.js: looks minified (1 lines for ${minified.length} bytes); moderation requires readable code`,
    ]);
  });
});

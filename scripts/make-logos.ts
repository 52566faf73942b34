// Renders images/logo*.png (exact sizes amoCRM requires) from one SVG mark through headless Chromium.
// Run: npx tsx scripts/make-logos.ts — the PNGs are committed, so builds don't need a browser.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A contact card whose phone got a green check: "this number is sorted out". */
const MARK = `
<svg viewBox="0 0 64 64" xmlns="http://www.w3.org/2000/svg">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#2a8ce6"/><stop offset="1" stop-color="#0f5fae"/></linearGradient></defs>
  <rect x="2" y="2" width="60" height="60" rx="13" fill="url(#bg)"/>
  <rect x="11" y="14" width="36" height="30" rx="4" fill="#fff"/>
  <circle cx="21" cy="25" r="5" fill="#9cc8f2"/>
  <path d="M13.5 39c1.2-5 4.2-7.5 7.5-7.5s6.3 2.5 7.5 7.5z" fill="#9cc8f2"/>
  <rect x="30" y="21" width="13" height="3" rx="1.5" fill="#c9d3dc"/>
  <rect x="30" y="27" width="10" height="3" rx="1.5" fill="#c9d3dc"/>
  <path transform="translate(-5,-4)" d="M31.3 33.2c.7-.7 1.8-.7 2.4 0l1.2 1.2c.5.5.5 1.3 0 1.8l-.5.5c.6 1.2 1.5 2.1 2.7 2.7l.5-.5c.5-.5 1.3-.5 1.8 0l1.2 1.2c.7.7.7 1.8 0 2.4l-.6.6c-1 1-2.6 1.1-3.8.3-2.3-1.5-4.2-3.4-5.7-5.7-.8-1.2-.7-2.8.3-3.8z" fill="#1579d2"/>
  <circle cx="46" cy="45" r="11" fill="#27ae60" stroke="#fff" stroke-width="2.5"/>
  <path d="M40.5 45.2l3.6 3.6 7-7.2" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

interface Logo {
  file: string;
  width: number;
  height: number;
  html: string;
}

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
  html,body{margin:0;padding:0;background:transparent;overflow:hidden}
  .box{display:flex;align-items:center;justify-content:center;box-sizing:border-box;width:100vw;height:100vh;
       font-family:"PT Sans","DejaVu Sans","Liberation Sans",Arial,sans-serif;color:#363b44}
  .mark svg{display:block;width:100%;height:100%}
  .title{font-weight:700;color:#131420;line-height:1.1}
  .sub{color:#5f6b75;line-height:1.2}
</style></head><body>${body}</body></html>`;

const markOnly = (size: number, pad: number) =>
  page(`<div class="box"><div class="mark" style="width:${size - 2 * pad}px;height:${size - 2 * pad}px">${MARK}</div></div>`);

const LOGOS: Logo[] = [
  { file: 'logo_min.png', width: 84, height: 84, html: markOnly(84, 4) },
  { file: 'logo_small.png', width: 108, height: 108, html: markOnly(108, 5) },
  {
    file: 'logo_medium.png',
    width: 240,
    height: 84,
    html: page(`<div class="box" style="justify-content:flex-start;gap:10px;padding:0 8px">
      <div class="mark" style="width:64px;height:64px;flex:none">${MARK}</div>
      <div><div class="title" style="font-size:19px">Partner Card<br>Cleaner</div>
      <div class="sub" style="font-size:13px;margin-top:3px">Чистка анкет</div></div></div>`),
  },
  {
    file: 'logo.png',
    width: 130,
    height: 100,
    html: page(`<div class="box" style="flex-direction:column;gap:4px">
      <div class="mark" style="width:62px;height:62px">${MARK}</div>
      <div class="title" style="font-size:13px;text-align:center">Чистка анкет</div></div>`),
  },
  {
    file: 'logo_main.png',
    width: 400,
    height: 272,
    html: page(`<div class="box" style="flex-direction:column;gap:14px;background:#f5f7f9;border-radius:16px">
      <div class="mark" style="width:132px;height:132px">${MARK}</div>
      <div style="text-align:center"><div class="title" style="font-size:30px">Partner Card Cleaner</div>
      <div class="sub" style="font-size:18px;margin-top:6px">Чистка анкет прорабов</div></div></div>`),
  },
];

const browser = await launchChromium();
try {
  await mkdir(path.join(ROOT, 'images'), { recursive: true });
  for (const logo of LOGOS) {
    const tab = await browser.newPage({ viewport: { width: logo.width, height: logo.height }, deviceScaleFactor: 1 });
    await tab.setContent(logo.html);
    await tab.screenshot({ path: path.join(ROOT, 'images', logo.file), omitBackground: true });
    await tab.close();
    console.log(`images/${logo.file} ${logo.width}×${logo.height}`);
  }
} finally {
  await browser.close();
}

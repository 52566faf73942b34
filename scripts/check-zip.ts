// `npm run check:zip`: opens dist/widget.zip as amoCRM would and lists everything its upload would reject.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { checkWidgetZip } from './zip-rules';

const file = process.argv[2] ?? 'dist/widget.zip';
let bytes: Buffer;
try {
  bytes = await readFile(file);
} catch {
  console.error(`check-zip: ${file} not found; run \`npm run build\` first`);
  process.exit(1);
}
let zip: JSZip;
try {
  zip = await JSZip.loadAsync(bytes);
} catch (e) {
  console.error(`check-zip: ${file} is not a readable zip (${(e as Error).message})`);
  process.exit(1);
}
const problems = await checkWidgetZip(zip);
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`check-zip: ${problems.length} problem(s) in ${file}`);
  process.exit(1);
}
console.log(`check-zip: ${file} OK (${Object.keys(zip.files).length} entries, ${(bytes.length / 1024).toFixed(1)} KB)`);

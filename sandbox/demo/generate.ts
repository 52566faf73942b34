// `npm run demo-data`: writes the answer key beside the generator, as the readable record of the truth.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDemoData } from './index';

export const ANSWER_KEY_PATH = fileURLToPath(new URL('./answer-key.json', import.meta.url));

export function answerKeyJson(seed = 1): string {
  return `${JSON.stringify(generateDemoData(seed).answerKey, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ANSWER_KEY_PATH, answerKeyJson());
  console.log(`wrote ${ANSWER_KEY_PATH}`);
}

// The shared amoCRM fixtures live beside the repository (../shared), in CI as in a session.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = process.env.AMOCRM_FIXTURES ?? resolve(repoRoot, '../shared/fixtures/amocrm');

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, name), 'utf8'));
}

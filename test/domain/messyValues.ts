// Generators of PHONE values as people type them: several numbers in one value, labels before,
// notes after (with commas inside), extensions, 7-digit fragments, the same number twice.
import fc from 'fast-check';

export interface PoolNumber {
  /** 10 national digits. */
  digits: string;
  ext?: string;
}

/** A small pool, so that values of one card share numbers (duplicates) often. */
export const NUMBER_POOL: PoolNumber[] = [
  { digits: '9211112233' },
  { digits: '9112223344' },
  { digits: '9315556677' },
  { digits: '8125551234', ext: '12' },
  { digits: '9817654321' },
  { digits: '4957778899' },
];

const FORMATS: Array<(n: string) => string> = [
  (n) => `8 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
  (n) => `+7 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
  (n) => `8${n}`,
  (n) => `+7${n}`,
  (n) => `8-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
];
const EXT_FORMATS: Array<(x: string) => string> = [(x) => ` доб. ${x}`, (x) => ` доб.${x}`, (x) => ` ext ${x}`, (x) => ` (доб. ${x})`];
const LABELS = ['Иван:', 'Петр:', 'Офис —', 'Марина', 'тел.', 'Склад:'];
const NOTES = [
  'WhatsApp',
  '2-й',
  '5 кв',
  'Марина, Купчинская 4-3-22 кв. домофон 22',
  '(вайбер)',
  'Ольга Петровна',
  'прораб Сергей',
  'звонить после 18',
];
const FRAGMENTS = ['555-12-34', '2-22-33-44', '334 55 66'];
const SEPARATORS = [', ', '; ', ',', ' ', '\n', ' / '];

export type Entry =
  { kind: 'number'; n: PoolNumber; format: number; extFormat: number; label?: string; note?: string } | { kind: 'fragment'; text: string };

export const entryArb: fc.Arbitrary<Entry> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        kind: fc.constant('number' as const),
        n: fc.constantFrom(...NUMBER_POOL),
        format: fc.nat(FORMATS.length - 1),
        extFormat: fc.nat(EXT_FORMATS.length - 1),
        label: fc.option(fc.constantFrom(...LABELS), { nil: undefined }),
        note: fc.option(fc.constantFrom(...NOTES), { nil: undefined }),
      },
      { requiredKeys: ['kind', 'n', 'format', 'extFormat'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fragment' as const), text: fc.constantFrom(...FRAGMENTS) }) },
);

export function entryText(e: Entry): string {
  if (e.kind === 'fragment') return e.text;
  const number =
    (FORMATS[e.format] as (n: string) => string)(e.n.digits) +
    (e.n.ext ? (EXT_FORMATS[e.extFormat] as (x: string) => string)(e.n.ext) : '');
  return [e.label, number, e.note].filter(Boolean).join(' ');
}

/** One stored value: 1–4 entries joined by what people put between them. */
export const messyValueArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(entryArb, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }))
  .map(([entries, seps]) =>
    entries
      .map(entryText)
      .reduce(
        (acc, t, i) =>
          i === 0
            ? t
            : `${acc}${seps[i - 1] === ' ' && entries[i - 1]?.kind === 'number' && entries[i - 1] && (entries[i - 1] as { note?: string }).note ? ', ' : seps[i - 1]}${t}`,
        '',
      ),
  );

export const keyOf = (n: PoolNumber): string => (n.ext ? `+7${n.digits};ext=${n.ext}` : `+7${n.digits}`);

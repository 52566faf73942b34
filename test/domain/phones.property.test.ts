// Normalization is stable under every way a valid number may be written, and never throws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayPhone, normalizeCallPhone, parsePhoneValue } from '../../src/domain';

const mobile = fc
  .tuple(fc.constantFrom('911', '921', '931', '981', '905', '952', '999', '900'), fc.integer({ min: 1_000_000, max: 9_999_999 }))
  .map(([code, rest]) => `${code}${rest}`);

const FORMATS: Array<(n: string) => string> = [
  (n) => `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
  (n) => `+7 ${n.slice(0, 3)} ${n.slice(3)}`,
  (n) => `8${n}`,
  (n) => `7${n}`,
  (n) => n,
  (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
  (n) => `+7(${n.slice(0, 3)})${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
];

describe('normalization properties', () => {
  test('every common way of typing a number gives the same E.164', () => {
    fc.assert(
      fc.property(mobile, fc.constantFrom(...FORMATS), (n, format) => {
        expect(parsePhoneValue(format(n)).numbers.map((p) => p.e164)).toEqual([`+7${n}`]);
      }),
    );
  });

  test('the displayed form parses back to the same number (format → parse is stable)', () => {
    fc.assert(
      fc.property(mobile, fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }), (n, ext) => {
        const first = parsePhoneValue(displayPhone(`+7${n}`, ext === undefined ? undefined : String(ext))).numbers[0];
        expect(first?.e164).toBe(`+7${n}`);
        expect(first?.ext).toBe(ext === undefined ? undefined : String(ext));
        const again = parsePhoneValue(first?.display ?? '').numbers[0];
        expect(again?.display).toBe(first?.display);
      }),
    );
  });

  test('a name typed after the number never changes the number', () => {
    fc.assert(
      fc.property(mobile, fc.constantFrom('Ирина', 'Марина, Загребский', '(жена)', 'офис'), (n, note) => {
        const [p] = parsePhoneValue(`8${n} ${note}`).numbers;
        expect(p?.e164).toBe(`+7${n}`);
        expect(p?.note).toBeTruthy();
      }),
    );
  });

  test('no input throws, and every value is accounted for: numbers or invalid text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +-()/,.;#доб.extи или\nАяz'.split('')), maxLength: 60 }), (raw) => {
        const r = parsePhoneValue(raw);
        expect(normalizeCallPhone(raw) === null || typeof normalizeCallPhone(raw) === 'string').toBe(true);
        if (raw.trim()) expect(r.numbers.length + r.invalid.length).toBeGreaterThan(0);
        for (const p of r.numbers) expect(p.e164).toMatch(/^\+\d{8,15}$/);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary unicode never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => void parsePhoneValue(raw)),
      { numRuns: 300 },
    );
  });
});

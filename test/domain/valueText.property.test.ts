// A move cuts exactly one number (with its extension and words) out of a typed value: nothing
// else is lost, the moved number is gone from what stays, every other number still reads.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePhoneValue } from '../../src/domain';
import { phoneKey } from '../../src/domain/phones/cardPhones';
import { takeNumber } from '../../src/domain/phones/valueText';
import { messyValueArb } from './messyValues';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261201);
const keys = (raw: string | null) => (raw ? parsePhoneValue(raw).numbers.map((p) => phoneKey(p.e164, p.ext)) : []);
/** The characters a person typed, separators aside, as a sorted multiset. */
const typed = (s: string) => [...s.normalize('NFC').replace(/[\s,;|/]/gu, '')].sort().join('');

describe('takeNumber on values as people type them', () => {
  test('the examples of issue 11 keep every word where it belongs', () => {
    expect(takeNumber('8 921 111-22-33, 555-12-34', '+79211112233')).toEqual({ remaining: '555-12-34', taken: '8 921 111-22-33' });
    expect(takeNumber('Иван: 8 921 111-22-33, Петр: 8 911 222-33-44', '+79211112233')).toEqual({
      remaining: 'Петр: 8 911 222-33-44',
      taken: 'Иван: 8 921 111-22-33',
    });
    expect(takeNumber('8 921 111-22-33 WhatsApp, 8 911 222-33-44', '+79112223344')).toEqual({
      remaining: '8 921 111-22-33 WhatsApp',
      taken: '8 911 222-33-44',
    });
    const note = '8 921 111-22-33 Марина, Купчинская 4-3-22 кв. домофон 22';
    expect(takeNumber(note, '+79211112233')).toEqual({ remaining: null, taken: note });
    expect(takeNumber('+7 812 555-12-34 доб. 12, 8 921 111-22-33', '+78125551234;ext=12')).toEqual({
      remaining: '8 921 111-22-33',
      taken: '+7 812 555-12-34 доб. 12',
    });
    expect(takeNumber('8 921 111-22-33', '+79112223344')).toBeNull();
  });

  test(`remaining + taken lose no typed character, and every other number stays readable (seed ${SEED})`, () => {
    fc.assert(
      fc.property(messyValueArb, fc.nat(), (raw, pick) => {
        const before = keys(raw);
        fc.pre(before.length > 0);
        const key = before[pick % before.length] as string;
        const cut = takeNumber(raw, key);
        expect(cut).not.toBeNull();
        const { remaining, taken } = cut as { remaining: string | null; taken: string };
        expect(typed((remaining ?? '') + taken)).toBe(typed(raw));
        expect(keys(remaining)).not.toContain(key);
        expect(keys(taken)).toContain(key);
        for (const other of before.filter((k) => k !== key)) expect(keys(remaining)).toContain(other);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

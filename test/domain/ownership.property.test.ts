// Promises of the fitted ownership model over generated foreman cards: the explanation adds up,
// spread over addresses never reads more client-like, and the table keeps its own order.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SPREAD_ORDER } from '../../src/domain/ownership/comparisons';
import { WEIGHTS } from '../../src/domain/ownership/matchWeights';
import { ADDRESSES, infer, verdictOf, type WorldSpec } from './world';

const OWN = '+79211234567';
const NUMBER = '+79117654321';
const ownCalls = (deals: number): NonNullable<WorldSpec['calls']> =>
  Array.from({ length: deals }, (_, i) => [i, OWN, 1] as [number, string, number]);

/** A card with the number under test somewhere on it, and whatever else the account says about it. */
const world = fc.record({
  deals: fc.integer({ min: 4, max: ADDRESSES.length }),
  position: fc.integer({ min: 0, max: 2 }),
  enumCode: fc.constantFrom('WORK', 'MOB', 'OTHER', 'HOME'),
  note: fc.constantFrom('', ' Ирина', ' офис', ' жена', ' Марина, Загребский'),
  inBase: fc.boolean(),
  onClientContact: fc.boolean(),
  otherForemen: fc.integer({ min: 0, max: 2 }),
  callsPerDeal: fc.integer({ min: 1, max: 3 }),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function spec(w: World, places: number): WorldSpec {
  const phones = [
    { value: '8 (921) 123-45-67', enum: 'WORK' },
    { value: '8 905 222 33 44', enum: 'OTHER' },
  ];
  phones.splice(w.position, 0, { value: `8-911-765-43-21${w.note}`, enum: w.enumCode });
  const contacts: NonNullable<WorldSpec['contacts']> = Array.from({ length: w.otherForemen }, (_, i) => [
    [w.deals - 1],
    { id: 24_000_300 + i, name: `Прораб ${i + 1}`, phones: ['89117654321'], role: 'partner' },
  ]);
  if (w.onClientContact) contacts.push([[0], { id: 24_000_150, name: 'Иванова Анна', phones: ['89117654321'], role: 'client' }]);
  return {
    phones,
    deals: w.deals,
    calls: [...ownCalls(w.deals), ...Array.from({ length: places }, (_, i) => [i, NUMBER, w.callsPerDeal] as [number, string, number])],
    ...(w.inBase ? { base: [[0, { name: 'Орлова Мария Олеговна', phone: NUMBER }]] as WorldSpec['base'] } : {}),
    contacts,
  };
}

const totalOf = (w: World, places: number) => verdictOf(infer(spec(w, places)), NUMBER);

describe('the fitted ownership model', () => {
  test('the prior and the reasons’ weights add up to the total the verdict is decided by', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 0, max: 4 }), (w, places) => {
        const v = totalOf(w, Math.min(places, w.deals));
        const sum = v.reasons.reduce((s, r) => s + r.weight, v.prior ?? Number.NaN);
        expect(v.total).toBeCloseTo(sum, 6);
        expect(v.clientProbability).toBeCloseTo(1 / (1 + 2 ** (v.total ?? 0)), 9);
        // Only reasons a comparison stands behind carry weight.
        for (const r of v.reasons) if (!r.comparison) expect(r.weight).toBe(0);
      }),
      { seed: 12, numRuns: 150 },
    );
  });

  test('once a number has calls, calls at one more distinct address never make it more client-like', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: ADDRESSES.length - 1 }), (w, places) => {
        fc.pre(places < w.deals);
        const before = totalOf(w, places);
        const after = totalOf(w, places + 1);
        expect(after.total).toBeGreaterThanOrEqual(before.total ?? Number.NaN);
        if (before.owner !== 'client') expect(after.owner).not.toBe('client');
      }),
      { seed: 12, numRuns: 150 },
    );
  });

  test('the client base or a client contact holding the number never makes it more the foreman’s', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 0, max: 4 }), (w, places) => {
        const calls = Math.min(places, w.deals);
        const without = totalOf({ ...w, inBase: false, onClientContact: false }, calls);
        expect(totalOf({ ...w, inBase: true }, calls).total).toBeLessThanOrEqual(without.total ?? Number.NaN);
        expect(totalOf({ ...w, onClientContact: true }, calls).total).toBeLessThanOrEqual(without.total ?? Number.NaN);
      }),
      { seed: 12, numRuns: 100 },
    );
  });

  test('the shipped table keeps spread monotone and its thresholds ordered', () => {
    const calls = WEIGHTS.comparisons['calls']!;
    const onePlace = Math.max(calls['one-deal/open']!.weight, calls['one-address/open']!.weight);
    const spread = SPREAD_ORDER.map((l) => calls[l]!.weight);
    expect(spread[0]).toBeGreaterThanOrEqual(onePlace);
    for (let i = 1; i < spread.length; i++) expect(spread[i]).toBeGreaterThanOrEqual(spread[i - 1]!);
    const t = WEIGHTS.thresholds;
    expect(t.clientHigh).toBeLessThanOrEqual(t.clientMedium);
    expect(t.clientMedium).toBeLessThanOrEqual(t.client);
    expect(t.client).toBeLessThan(0);
    expect(t.partner).toBeGreaterThanOrEqual(1);
    expect(t.partnerMedium).toBeLessThanOrEqual(t.partnerHigh);
    // Every weight is log2(u / m) of its level (rounded to 0.1 bit; spread levels may be raised to keep the order).
    for (const [name, levels] of Object.entries(WEIGHTS.comparisons)) {
      if (name === 'calls') continue;
      for (const l of Object.values(levels)) expect(Math.abs(l.weight - Math.log2(l.u / l.m))).toBeLessThan(0.06);
    }
  });
});

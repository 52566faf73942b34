// Scores the engine against the demo account's answer key: every foreman's card, in-process.
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDemoData, type AnswerKeyEntry } from '../../sandbox/demo';
import { inferOwners } from '../../src/domain';
import type { OwnerVerdict } from '../../src/domain/types';
import { demoEvidence } from './demoEvidence';

const NOW = 1_760_000_000; // 2025-10-09, after the demo's last deal

interface Scored {
  entry: AnswerKeyEntry;
  verdict: OwnerVerdict;
}

let scored: Scored[] = [];

beforeAll(() => {
  const data = generateDemoData(1);
  scored = data.answerKey.foremen.flatMap((foremanId) => {
    const result = inferOwners(demoEvidence(data, foremanId), { now: NOW });
    return data.answerKey.entries
      .filter((e) => e.contactId === foremanId)
      .map((entry) => {
        const phone = result.phones.find((p) => p.phone.e164 === entry.e164 && p.sources.some((s) => s.index === entry.valueIndex));
        const verdict = result.verdicts.find((v) => v.phoneKey === phone?.key);
        if (!verdict) throw new Error(`no verdict for ${entry.e164} (value ${entry.valueIndex} of ${foremanId})`);
        return { entry, verdict };
      });
  });
});

describe('the demo answer key', () => {
  test('at least 95% of true client numbers are found', () => {
    const clients = scored.filter((s) => s.entry.owner === 'client');
    const found = clients.filter((s) => s.verdict.owner === 'client');
    const missed = clients.filter((s) => s.verdict.owner !== 'client');
    console.info(`client numbers found: ${found.length}/${clients.length} = ${((100 * found.length) / clients.length).toFixed(1)}%`);
    const by = (c: string) => found.filter((s) => s.verdict.confidence === c).length;
    console.info(`  by confidence: high ${by('high')}, medium ${by('medium')}, low ${by('low')}`);
    for (const m of missed) console.info(`  missed ${m.entry.e164} of ${m.entry.contactId}: ${m.verdict.owner}/${m.verdict.confidence} ${m.verdict.reasons.map((r) => `${r.code}:${r.weight}`).join(' ')}`);
    expect(found.length / clients.length).toBeGreaterThanOrEqual(0.95);
  });

  test("no foreman's own number gets a confident client verdict", () => {
    const own = scored.filter((s) => s.entry.owner === 'partner');
    const confidentWrong = own.filter((s) => s.verdict.owner === 'client' && s.verdict.confidence === 'high');
    const anyWrong = own.filter((s) => s.verdict.owner === 'client');
    console.info(`foreman numbers: ${own.length}; called client: ${anyWrong.length}; with high confidence: ${confidentWrong.length}`);
    expect(confidentWrong).toEqual([]);
  });

  test('client names match the answer key where the engine names the client', () => {
    const clients = scored.filter((s) => s.entry.owner === 'client' && s.verdict.owner === 'client');
    const named = clients.filter((s) => s.verdict.suggestion?.name === s.entry.clientName);
    const dealsRight = clients.filter((s) => JSON.stringify([...(s.verdict.suggestion?.dealIds ?? [])].sort()) === JSON.stringify(s.entry.dealIds));
    const ambiguous = scored.filter((s) => s.entry.owner === 'ambiguous');
    console.info(`names right: ${named.length}/${clients.length}; deals right: ${dealsRight.length}/${clients.length}; ambiguous left unknown: ${ambiguous.filter((s) => s.verdict.owner === 'unknown').length}/${ambiguous.length}`);
    for (const s of clients.filter((x) => !named.includes(x))) console.info(`  name ${JSON.stringify(s.verdict.suggestion?.name)} (${s.verdict.suggestion?.nameSource}) vs ${JSON.stringify(s.entry.clientName)}`);
    for (const s of clients.filter((x) => !dealsRight.includes(x))) console.info(`  deals ${s.verdict.suggestion?.dealIds.join(',')} vs ${s.entry.dealIds?.join(',')} for ${s.entry.e164}`);
    expect(named.length / clients.length).toBeGreaterThanOrEqual(0.9);
  });
});

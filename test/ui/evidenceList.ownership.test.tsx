// @vitest-environment jsdom
// «Почему так» as the manager reads it: each reason with its weight in bits, signed and said in
// words, then the total and the chance the number is a client's — from a real engine verdict.
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { EvidenceList } from '../../src/ui/EvidenceList';
import { infer, verdictOf } from '../domain/world';
import { testHost } from './testHost';
import { renderWidget } from './renderWidget';

const CLIENT = '+79117654321';
const verdict = verdictOf(
  infer({
    phones: [
      { value: '8 (921) 123-45-67', enum: 'WORK' },
      { value: '8-911-765-43-21', enum: 'OTHER' },
    ],
    calls: [...Array.from({ length: 6 }, (_, i) => [i, '79211234567', 1] as [number, string, number]), [2, CLIENT, 3]],
    base: [[2, { phone: '89117654321' }]],
  }),
  CLIENT,
);

function show(lang: 'ru' | 'en') {
  const host = testHost({ apiBase: '', partnerId: 24_000_101, lang });
  renderWidget(<EvidenceList reasons={verdict.reasons} evidence={undefined} score={verdict} />, { host });
  return within(screen.getByRole('list', { name: lang === 'ru' ? 'Почему так' : 'Why' }));
}

describe('the waterfall under «Почему так»', () => {
  test('ru: every weighed reason shows its signed bits and whose side they take, then the sum', () => {
    const list = show('ru');
    const items = list.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^Исходно, до всех признаков: [−+]\d+,\d бит/);
    const base = items.find((t) => t.startsWith('Номер в клиентской базе'));
    // The base row has no name: the sentence skips it instead of printing «: ,».
    expect(base).toMatch(/^Номер в клиентской базе, договор СПб-2024\/102 · −\d+,\d бита за клиента$/);
    expect(items.some((t) => /^Все звонки \(3\) только по одной сделке: .+ · −\d+,\d бита за клиента$/.test(t))).toBe(true);
    expect(items).toContainEqual(expect.stringMatching(/^Ни у одного контакта сделок этого номера нет · \+\d+,\d бита за прораба$/));
    const total = items.at(-1) ?? '';
    expect(total).toMatch(/^Итого: −\d+,\d бита за клиента · вероятность, что номер клиента: (>99|\d+)%$/);
  });

  test('the shown weights add up to the shown total', () => {
    const items = show('ru')
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const bits = (t: string) => {
      const m = /([−+])(\d+,\d) бит/.exec(t);
      return m ? (m[1] === '−' ? -1 : 1) * Number(m[2]!.replace(',', '.')) : 0;
    };
    const parts = items.slice(0, -1).reduce((s, t) => s + bits(t), 0);
    expect(parts).toBeCloseTo(bits(items.at(-1) ?? ''), 6);
  });

  test('en: the same sum in English', () => {
    const items = show('en')
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^Starting point, before any evidence: [−+]\d+\.\d bits? for (the foreman|a client)$/);
    expect(items.find((t) => t.startsWith('In the client base'))).toMatch(
      /^In the client base, contract СПб-2024\/102 · −\d+\.\d bits for a client$/,
    );
    expect(items.at(-1)).toMatch(/^Total: −\d+\.\d bits for a client · chance it is a client’s number: (>99|\d+)%$/);
  });
});

// A foreman's little world for ownership scenarios: deals at distinct addresses with contracts,
// and helpers to sprinkle calls, client-base rows and contacts over them.
import type { CatalogElement, Contact, Lead, Note } from '../../src/api/schemas';
import { inferOwners, type OwnershipResult } from '../../src/domain';
import type { OwnerVerdict, PartnerEvidence } from '../../src/domain/types';
import { NOW, call, clientRow, contact, deal, evidence } from './builders';

export const ADDRESSES = [
  'ул. Купчинская, д. 4, корп. 3, кв. 22',
  'Загребский б-р, д. 33, кв. 118',
  'Ленинский пр., д. 125, корп. 2, кв. 47',
  'Невский пр., д. 28, лит. А, кв. 1',
  'ул. Будапештская, д. 11, кв. 40',
  'Московский пр., д. 200, кв. 8',
  'ул. Малая Балканская, д. 22, корп. 1, кв. 14',
  'пр. Энгельса, д. 10, кв. 7',
  'наб. реки Фонтанки, д. 50, кв. 12',
  'ул. 2-я Советская, д. 7, кв. 15',
  'Пулковское ш., д. 14, стр. 2, кв. 3',
  'ул. Вишерская, д. 10, кв. 5',
  'Софийская ул., д. 52, корп. 1, кв. 14',
  'Большой Сампсониевский пр., д. 20, кв. 5',
];

export const PARTNER_ID = 24_000_101;
export const dealId = (i: number) => 31_600_001 + i;

export interface WorldSpec {
  phones: Array<string | { value: string; enum?: string }>;
  /** How many deals the foreman has (addresses from ADDRESSES). */
  deals?: number;
  /** Same address for several deals: index → index of the address used. */
  sameAddress?: Record<number, number>;
  /** Deals with the address only in the name (no address field). */
  addressInNameOnly?: number[];
  calls?: Array<[deal: number, phone: string, count?: number, duration?: number]>;
  cardCalls?: Array<[phone: string, count: number]>;
  base?: Array<[deal: number, row: { name?: string; phone?: string; contract?: string }]>;
  contacts?: Array<[deals: number[], c: { id: number; name: string; phones: string[]; role?: 'client' | 'partner'; main?: boolean }]>;
  notes?: Array<[deal: number, text: string]>;
  otherPartners?: Record<string, Contact[]>;
}

export function buildWorld(spec: WorldSpec): PartnerEvidence {
  const n = spec.deals ?? 6;
  const partner = contact({ id: PARTNER_ID, name: 'Кузнецов Сергей прораб', phones: spec.phones, role: 'partner' });
  const extraContacts = (spec.contacts ?? []).map(([deals, c]) => ({ deals, contact: contact(c), main: c.main ?? c.role === 'client' }));
  const deals: Lead[] = Array.from({ length: n }, (_, i) => {
    const address = ADDRESSES[spec.sameAddress?.[i] ?? i] ?? ADDRESSES[0]!;
    const nameOnly = spec.addressInNameOnly?.includes(i);
    const linked = extraContacts.filter((c) => c.deals.includes(i)).map((c) => ({ id: c.contact.id, main: c.main }));
    return deal({
      id: dealId(i),
      name: nameOnly ? `${address} — ремонт` : `Ремонт ${i + 1}`,
      ...(nameOnly ? {} : { address }),
      contract: `СПб-2024/${100 + i}`,
      contacts: [{ id: PARTNER_ID, main: linked.every((l) => !l.main) }, ...linked],
    });
  });
  const calls: Note[] = [];
  for (const [d, phone, count = 2, duration = 120] of spec.calls ?? []) {
    for (let k = 0; k < count; k += 1) calls.push(call(dealId(d), phone, 20 + k * 7, duration));
  }
  for (const [phone, count] of spec.cardCalls ?? []) for (let k = 0; k < count; k += 1) calls.push(call(PARTNER_ID, phone, 3 + k));
  const clientBase: CatalogElement[] = (spec.base ?? []).map(([d, row], i) =>
    clientRow({ id: 4_420_000 + i, contract: `СПб-2024/${100 + d}`, address: ADDRESSES[d], ...row }),
  );
  const notes = (spec.notes ?? []).map(([d, text]) => ({ ...call(dealId(d), '', 1), note_type: 'common', params: { text } }));
  return evidence({
    partner,
    deals,
    calls,
    notes,
    clientBase,
    dealContacts: extraContacts.map((c) => c.contact),
    ...(spec.otherPartners ? { otherPartnersByPhone: spec.otherPartners } : {}),
  });
}

export function verdictOf(result: OwnershipResult, key: string): OwnerVerdict {
  const v = result.verdicts.find((x) => x.phoneKey === key);
  if (!v) throw new Error(`no verdict for ${key}: ${result.verdicts.map((x) => x.phoneKey).join(', ')}`);
  return v;
}

export function infer(spec: WorldSpec): OwnershipResult {
  return inferOwners(buildWorld(spec), { now: NOW });
}

// Whose number is it: scenarios built from realistic foreman cards, each with the verdict a
// careful manager would reach and the reasons the panel shows.
import { readFixture } from '../fixtures';
import { describe, expect, test } from 'vitest';
import { catalogElementsPageSchema, contactSchema, leadsPageSchema, notesPageSchema } from '../../src/api/schemas';
import { inferOwners } from '../../src/domain';
import type { Confidence, PhoneOwner, ReasonCode } from '../../src/domain/types';
import { NOW, contact, contactFields, evidence, leadFields } from './builders';
import { dealId, infer, verdictOf, type WorldSpec } from './world';

const OWN = '+79211234567';
const OWN_RAW = { value: '8 (921) 123-45-67', enum: 'WORK' };
const CLIENT = '+79117654321';
const CLIENT_RAW = { value: '8-911-765-43-21', enum: 'OTHER' };
const OTHER = '+79052223344';

/** The foreman's own number called in most deals, as on every real card. */
const ownCalls = (deals: number): NonNullable<WorldSpec['calls']> =>
  Array.from({ length: deals }, (_, i) => [i, '79211234567', 1] as [number, string, number]);

interface Scenario {
  spec: WorldSpec;
  key: string;
  owner: PhoneOwner;
  confidence?: Confidence | Confidence[];
  reasons?: ReasonCode[];
  name?: string;
  dealIds?: number[];
  existingContactId?: number;
}

const scenarios: Record<string, Scenario> = {
  "a number in calls of 14 deals is the foreman's": {
    spec: { phones: [OWN_RAW, CLIENT_RAW], deals: 14, calls: ownCalls(14) },
    key: OWN,
    owner: 'partner',
    confidence: 'high',
    reasons: ['calls-span-deals'],
  },
  "a number in calls at three addresses is the foreman's": {
    spec: { phones: [OWN_RAW], deals: 6, calls: ownCalls(3) },
    key: OWN,
    owner: 'partner',
    confidence: 'high',
    reasons: ['calls-span-deals'],
  },
  'a number in calls at two addresses of six leans to the foreman, weakly': {
    spec: {
      phones: [CLIENT_RAW, OWN_RAW],
      deals: 6,
      calls: [
        [0, OWN, 1],
        [3, OWN, 1],
      ],
    },
    key: OWN,
    owner: 'partner',
    confidence: 'low',
  },
  // The base's phone outweighs a second address now (a repeat job typed with another address, say).
  'a client-base number also called from a second address is still a client': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      deals: 8,
      calls: [...ownCalls(8), [2, CLIENT, 2], [5, CLIENT, 1]],
      base: [[2, { name: 'Орлова Мария Олеговна', phone: CLIENT }]],
    },
    key: CLIENT,
    owner: 'client',
    dealIds: [dealId(2)],
  },
  // Issue 12: a client of two foremen was left «Не ясно»; another foreman holding the number is one more piece of evidence now.
  'a client of two foremen, in the base and called on one deal, is a client': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [3, CLIENT, 2]],
      base: [[3, { name: 'Орлова Мария Олеговна', phone: CLIENT }]],
      otherPartners: { [CLIENT]: [contact({ id: 24_000_122, name: 'Егоров Дмитрий прораб', phones: ['89117654321'] })] },
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['on-other-partners'],
  },
  "calls on one deal plus the client base's phone: a confident client named from the base": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [2, CLIENT, 3]],
      base: [[2, { name: 'Орлова Мария Олеговна', phone: '89117654321' }]],
    },
    key: CLIENT,
    owner: 'client',
    confidence: 'high',
    reasons: ['client-base-phone', 'calls-one-deal', 'client-base-name'],
    name: 'Орлова Мария Олеговна',
    dealIds: [dealId(2)],
  },
  "calls on one deal plus the deal's client contact holding it: a confident client moved to that contact": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [1, CLIENT, 2]],
      contacts: [[[1], { id: 24_000_104, name: 'Соколова Марина', phones: ['+7 911 765 43 21'], role: 'client' }]],
    },
    key: CLIENT,
    owner: 'client',
    confidence: ['high', 'medium'],
    reasons: ['on-client-contact'],
    name: 'Соколова Марина',
    existingContactId: 24_000_104,
  },
  "a number the client base records for one contract, without calls, is a client's": {
    spec: { phones: [OWN_RAW, CLIENT_RAW], calls: ownCalls(6), base: [[4, { name: 'Петров Олег Ильич', phone: '+7 911 765 43 21' }]] },
    key: CLIENT,
    owner: 'client',
    name: 'Петров Олег Ильич',
    dealIds: [dealId(4)],
  },
  "a number on a contact with role «Клиент» on one deal is a client's": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: ownCalls(6),
      contacts: [[[3], { id: 24_000_150, name: 'Иванова Анна', phones: ['89117654321'], role: 'client' }]],
    },
    key: CLIENT,
    owner: 'client',
    existingContactId: 24_000_150,
    dealIds: [dealId(3)],
  },
  "a number only in one deal's calls out of six is a client's, named by the job address": {
    spec: { phones: [OWN_RAW, CLIENT_RAW], calls: [...ownCalls(6), [0, CLIENT, 3]] },
    key: CLIENT,
    owner: 'client',
    reasons: ['calls-one-deal'],
    name: 'Купчинская 4-3-22',
    dealIds: [dealId(0)],
  },
  "a number in two deals at the same flat is that flat's client": {
    spec: { phones: [OWN_RAW, CLIENT_RAW], deals: 6, sameAddress: { 5: 1 }, calls: [...ownCalls(6), [1, CLIENT, 2], [5, CLIENT, 1]] },
    key: CLIENT,
    owner: 'client',
    reasons: ['calls-one-address'],
    name: 'Загребский 33-118',
    dealIds: [dealId(1), dealId(5)],
  },
  // Calls weigh nothing here; the only lean left is that the client base does not know the number.
  'with a single deal, calls on it say nothing: never a client, at most a weak lean': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      deals: 1,
      calls: [
        [0, OWN, 2],
        [0, CLIENT, 2],
      ],
    },
    key: CLIENT,
    owner: 'partner',
    confidence: 'low',
  },
  "a number also on another foreman's card, called on one deal only, reads as a client of both": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [0, CLIENT, 2]],
      otherPartners: { [CLIENT]: [contact({ id: 24_000_120, name: 'Смирнов прораб', phones: ['89117654321'] })] },
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['on-other-partners', 'calls-one-deal'],
  },
  'a number held by another foreman linked to a deal counts that foreman too': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [2, CLIENT, 2]],
      contacts: [[[2], { id: 24_000_121, name: 'Смирнов Олег', phones: ['89117654321'], role: 'partner' }]],
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['on-other-partners'],
  },
  "a number on three foremen's cards (an office line) is the foremen's side": {
    spec: {
      phones: [OWN_RAW, { value: '(812) 251-63-17 офис', enum: 'WORK' }],
      calls: [...ownCalls(6), [1, '88122516317', 1]],
      otherPartners: {
        '+78122516317': [
          contact({ id: 24_000_122, name: 'Егоров прораб', phones: ['(812) 251-63-17'] }),
          contact({ id: 24_000_123, name: 'Смирнов прораб', phones: ['(812) 251-63-17'] }),
        ],
      },
    },
    key: '+78122516317',
    owner: 'partner',
    reasons: ['on-other-partners', 'landline'],
  },
  'calls at four addresses outweigh a client-base match: never a client': {
    spec: {
      phones: [OWN_RAW],
      calls: [
        [0, OWN, 1],
        [1, OWN, 1],
        [2, OWN, 1],
        [3, OWN, 1],
      ],
      base: [[0, { name: 'Орлова Мария Олеговна', phone: '89211234567' }]],
    },
    key: OWN,
    owner: 'partner',
    reasons: ['calls-span-deals', 'client-base-phone'],
  },
  'the first value with nothing in the account about it is left to the manager': {
    spec: { phones: [{ value: '89211234567', enum: 'MOB' }], calls: [] },
    key: OWN,
    owner: 'unknown',
    reasons: ['no-calls', 'first-value'],
  },
  'a later value with no evidence at all is unknown': {
    spec: { phones: [OWN_RAW, { value: '8 905 222 33 44', enum: 'OTHER' }], calls: ownCalls(6) },
    key: OTHER,
    owner: 'unknown',
    reasons: ['no-calls'],
  },
  "a person's name typed beside a number called in one deal is a client's": {
    spec: { phones: [OWN_RAW, { value: '8 911 765 43 21 Ирина', enum: 'OTHER' }], calls: [...ownCalls(6), [4, CLIENT, 2]] },
    key: CLIENT,
    owner: 'client',
    reasons: ['value-note', 'calls-one-deal'],
  },
  "a note naming one of the foreman's streets ties the number to that deal": {
    spec: { phones: [OWN_RAW, { value: '8 (931) 380-90-90 Марина, Загребский', enum: 'OTHER' }], calls: ownCalls(6) },
    key: '+79313809090',
    owner: 'client',
    reasons: ['value-note'],
    dealIds: [dealId(1)],
    name: 'Загребский 33-118',
  },
  "a manager's note «номер клиентки» on a deal marks the number a client's": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: ownCalls(6),
      notes: [[2, 'Клиентка Марина, договор. Номер +7 911 765-43-21 — её, не прораба.']],
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['note-mentions'],
    dealIds: [dealId(2)],
  },
  "a manager's note «прораб» beside a number speaks for the foreman": {
    spec: { phones: [CLIENT_RAW, OWN_RAW], calls: [], notes: [[0, 'Прораб Кузнецов, рабочий 89211234567']] },
    key: OWN,
    owner: 'partner',
    reasons: ['note-mentions'],
  },
  'a third number in a deal whose client is already known elsewhere is not called a client': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW, { value: '89052223344', enum: 'OTHER' }],
      calls: [...ownCalls(6), [2, OTHER, 1]],
      base: [[2, { name: 'Орлова Мария Олеговна', phone: '89117654321' }]],
    },
    key: OTHER,
    owner: 'unknown',
    reasons: ['calls-one-deal'],
  },
  "the foreman's number with an extension is the foreman's too": {
    spec: { phones: [OWN_RAW, { value: '89211234567 доб. 12', enum: 'WORKDD' }], calls: ownCalls(6) },
    key: `${OWN};ext=12`,
    owner: 'partner',
    reasons: ['calls-span-deals'],
  },
  "without a name in the base, the deal's client contact names the client": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [3, CLIENT, 2]],
      base: [[3, { phone: '89117654321' }]],
      contacts: [[[3], { id: 24_000_160, name: 'Светлана (Невский)', phones: ['+79990000001'], role: 'client' }]],
    },
    key: CLIENT,
    owner: 'client',
    confidence: 'high',
    name: 'Светлана (Невский)',
    existingContactId: 24_000_160,
  },
  "with no name anywhere, the address in the deal's name names the client": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      addressInNameOnly: [2],
      calls: [...ownCalls(6), [2, CLIENT, 2]],
      base: [[2, { phone: '8 911 765 43 21' }]],
    },
    key: CLIENT,
    owner: 'client',
    name: 'Ленинский 125-2-47',
  },
  'a contact not marked client, linked to the deal, holding the number, is where it goes': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [5, CLIENT, 1]],
      contacts: [[[5], { id: 24_000_170, name: 'Дочь клиента', phones: ['89117654321'], main: false }]],
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['on-deal-contact'],
    existingContactId: 24_000_170,
  },
  "the deal's main contact (not a foreman) holding the number counts as the client": {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: ownCalls(6),
      contacts: [[[0], { id: 24_000_171, name: 'Орлов Пётр', phones: ['8 911 765-43-21'], main: true }]],
    },
    key: CLIENT,
    owner: 'client',
    reasons: ['on-client-contact'],
    existingContactId: 24_000_171,
  },
  "calls logged only on the foreman's own card do not make a client": {
    spec: { phones: [OWN_RAW, CLIENT_RAW], calls: ownCalls(6), cardCalls: [['+79117654321', 4]] },
    key: CLIENT,
    owner: 'unknown',
    reasons: ['calls-on-card', 'no-calls'],
  },
  "an office landline called across deals is the foreman's": {
    spec: {
      phones: [{ value: '+7(812)555-12-34', enum: 'WORK' }, OWN_RAW],
      calls: [
        [0, '88125551234', 1],
        [2, '+78125551234', 1],
        [4, '8 (812) 555-12-34', 1],
      ],
    },
    key: '+78125551234',
    owner: 'partner',
    reasons: ['calls-span-deals', 'landline'],
  },
  'missed calls on one deal still point to its client': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: [...ownCalls(6), [1, CLIENT, 3, 0]],
      base: [[1, { name: 'Соколова Марина Викторовна', phone: '+79117654321' }]],
    },
    key: CLIENT,
    owner: 'client',
    confidence: 'high',
  },
  'contract numbers match however they are typed': {
    spec: {
      phones: [OWN_RAW, CLIENT_RAW],
      calls: ownCalls(6),
      base: [[0, { name: 'Орлова Мария Олеговна', contract: 'спб 2024/100' }]],
      contacts: [[[0], { id: 24_000_180, name: '', phones: ['89117654321'], role: 'client' }]],
    },
    key: CLIENT,
    owner: 'client',
    name: 'Орлова Мария Олеговна',
  },
  'a foreign number with no evidence is left unknown': {
    spec: { phones: [OWN_RAW, { value: '+375 29 123-45-67', enum: 'OTHER' }], calls: ownCalls(6) },
    key: '+375291234567',
    owner: 'unknown',
  },
  "the foreman's number in a client-base row and on a client contact, called everywhere: left to the manager, never a client": {
    spec: {
      phones: [OWN_RAW],
      calls: ownCalls(8),
      deals: 8,
      base: [[0, { name: 'X Y Z', phone: OWN }]],
      contacts: [[[0], { id: 24_000_190, name: 'Клиент', phones: [OWN], role: 'client' }]],
    },
    key: OWN,
    owner: 'unknown',
    reasons: ['calls-span-deals', 'client-base-phone', 'on-client-contact'],
  },
};

describe('inferOwners scenarios', () => {
  test.each(Object.entries(scenarios))('%s', (_name, s) => {
    const v = verdictOf(infer(s.spec), s.key);
    expect(v.owner).toBe(s.owner);
    if (s.confidence) expect([s.confidence].flat()).toContain(v.confidence);
    for (const code of s.reasons ?? []) expect(v.reasons.map((r) => r.code)).toContain(code);
    if (s.name !== undefined) expect(v.suggestion?.name).toBe(s.name);
    if (s.dealIds) expect(v.suggestion?.dealIds).toEqual(s.dealIds);
    if (s.existingContactId) expect(v.suggestion?.existingContactId).toBe(s.existingContactId);
  });
});

describe('reasons carry what the panel prints', () => {
  test('spread over deals reports the deal and address counts and how long ago the last call was', () => {
    const v = verdictOf(infer({ phones: [OWN_RAW], deals: 14, calls: ownCalls(14) }), OWN);
    expect(v.reasons.find((r) => r.code === 'calls-span-deals')?.params).toMatchObject({
      deals: 14,
      addresses: 14,
      calls: 14,
      daysAgo: 20,
    });
    expect(v.dealIds).toHaveLength(14);
  });
});

describe('the fixture foreman card (Кузнецов)', () => {
  const F = readFixture;
  const result = inferOwners(
    evidence({
      partner: contactSchema.parse(F('contact_partner_with_leads.json')),
      deals: leadsPageSchema.parse(F('leads_batch.json'))._embedded.leads,
      calls: notesPageSchema.parse(F('lead_notes_calls.json'))._embedded.notes,
      clientBase: catalogElementsPageSchema.parse(F('catalog_elements_clients.json'))._embedded.elements,
      contactFields,
      leadFields,
    }),
    { now: NOW },
  );
  test('Марина Соколова’s number is a confident client, named from the base, going to the Загребский deal', () => {
    const v = verdictOf(result, CLIENT);
    expect(v).toMatchObject({ owner: 'client', confidence: 'high' });
    expect(v.suggestion).toMatchObject({
      name: 'Соколова Марина Викторовна',
      nameSource: 'client-base',
      dealIds: [31_500_101],
      contractNumber: 'СПб-2024/118',
    });
  });
  test('the Купчинская client, unnamed in the base, gets the address name', () => {
    const v = verdictOf(result, OTHER);
    expect(v.owner).toBe('client');
    expect(v.suggestion).toMatchObject({ name: 'Купчинская 4-3-22', nameSource: 'address', dealIds: [31_500_102] });
  });
  test('no number of the foreman himself is called a client', () => {
    for (const key of [OWN, `${OWN};ext=12`, '+78125551234', '+79210001122']) expect(verdictOf(result, key).owner).not.toBe('client');
  });
});

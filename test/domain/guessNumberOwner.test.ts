// Whose a looked-up number most likely is, from the contacts holding it and their deals alone.
import { describe, expect, it } from 'vitest';
import { contactSchema, type Contact } from '../../src/api/schemas';
import { detectFields } from '../../src/domain/fields/detectFields';
import { guessNumberOwner, type GuessReasonCode } from '../../src/domain/ownership/guessNumberOwner';
import { contact, contactFields, deal, leadFields } from './builders';

const fields = detectFields(contactFields, leadFields);
const NUMBER = '+7 921 765-43-21';

/** A contact as the reverse lookup returns it: with its deal refs. */
function holder(o: Parameters<typeof contact>[0], dealIds: number[] = []): Contact {
  const c = contact({ ...o, phones: [NUMBER] });
  return contactSchema.parse({ ...c, _embedded: { ...c._embedded, leads: dealIds.map((id) => ({ id })) } });
}

const petrov = holder({ id: 1, name: 'Петров Алексей', role: 'partner' }, [11, 12, 13]);
const sidorov = holder({ id: 2, name: 'Сидоров Иван', tags: ['прораб'] }, [14]);
const marina = holder({ id: 3, name: 'Марина Клиентова', role: 'client' }, [11]);
const anna = holder({ id: 4, name: 'Мастерова Анна' }, [12]);
const deals = [
  deal({ id: 11, name: 'Ремонт', address: 'ул. Купчинская, д. 4, кв. 22' }),
  deal({ id: 12, name: 'Санузел', address: 'Загребский бульвар, 9-14' }),
  deal({ id: 13, name: 'Кухня', address: 'ул. Ленина, 5' }),
  deal({ id: 14, name: 'Балкон', address: 'пр. Славы, 30' }),
];

const cases: Array<{
  name: string;
  contacts: Contact[];
  owner: string;
  confidence: string;
  codes: GuessReasonCode[];
  says?: Record<string, string | number>;
}> = [
  { name: 'nobody holds it', contacts: [], owner: 'unknown', confidence: 'low', codes: ['not-found'] },
  {
    name: 'one foreman only (his card may not be cleaned yet)',
    contacts: [petrov],
    owner: 'partner',
    confidence: 'medium',
    codes: ['on-partners'],
    says: { names: 'Петров Алексей' },
  },
  {
    name: 'two foremen (a shared office line, or a client of both)',
    contacts: [petrov, sidorov],
    owner: 'partner',
    confidence: 'low',
    codes: ['on-partners', 'several-partners'],
    says: { count: 2 },
  },
  {
    name: 'one client with one job address',
    contacts: [marina],
    owner: 'client',
    confidence: 'high',
    codes: ['on-clients', 'one-address'],
    says: { address: 'ул. Купчинская, д. 4, кв. 22' },
  },
  {
    name: 'contacts without a role at two addresses',
    contacts: [marina, anna],
    owner: 'client',
    confidence: 'low',
    codes: ['on-clients', 'several-addresses'],
    says: { count: 2 },
  },
  {
    name: 'a client contact without deals',
    contacts: [holder({ id: 5, name: 'Ольга' })],
    owner: 'client',
    confidence: 'medium',
    codes: ['on-clients'],
  },
  {
    name: 'a foreman and a client both hold it',
    contacts: [petrov, marina],
    owner: 'unknown',
    confidence: 'low',
    codes: ['mixed'],
    says: { partnerNames: 'Петров Алексей', clientNames: 'Марина Клиентова' },
  },
];

describe('guessNumberOwner', () => {
  it.each(cases)('$name → $owner ($confidence)', ({ contacts, owner, confidence, codes, says }) => {
    const guess = guessNumberOwner({ contacts, deals }, fields);
    expect(guess.owner).toBe(owner);
    expect(guess.confidence).toBe(confidence);
    expect(guess.reasons.map((r) => r.code)).toEqual(codes);
    if (says) expect(Object.assign({}, ...guess.reasons.map((r) => r.params))).toMatchObject(says);
  });

  it('follows the configured partner marker: a tag set in the settings makes its holder a foreman', () => {
    const brigadier = holder({ id: 6, name: 'Волков Пётр', tags: ['Свой'] }, [14]);
    expect(guessNumberOwner({ contacts: [brigadier], deals }, fields).owner).toBe('client');
    expect(guessNumberOwner({ contacts: [brigadier], deals }, fields, { partner_marker: 'Свой' }).owner).toBe('partner');
  });
});

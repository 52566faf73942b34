// Numbers typed without all their digits are shown as incomplete (never dropped, never guessed
// into the card), with the city code the account's own landlines suggest.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCardPhones } from '../../src/domain';
import { suggestAreaCode, suggestCompletion } from '../../src/domain/phones/incompletePhones';
import { contact } from './builders';

describe('incomplete numbers on a card', () => {
  test('«926-08-33 дом» is kept as an incomplete number missing its city code, with its words', () => {
    const card = readCardPhones(contact({ name: 'Прораб', phones: ['+7 921 123-45-67', '926-08-33 дом', '(812) 251-63-17 офис'] }));
    expect(card.phones.map((p) => p.key)).toEqual(['+79211234567', '+78122516317']);
    expect(card.incomplete).toEqual([
      { key: 'incomplete:1:0', text: '926-08-33', raw: '926-08-33 дом', index: 1, note: 'дом', missing: 'area-code' },
    ]);
  });

  test('a fragment beside a whole number is kept too; a mobile with a lost digit says a digit is missing', () => {
    const card = readCardPhones(contact({ name: 'Прораб', phones: ['89211234567, 555-12-34', '8 921 123 45 6'] }));
    expect(card.phones.map((p) => p.key)).toEqual(['+79211234567']);
    expect(card.incomplete.map((i) => [i.text, i.missing, i.note])).toEqual([
      ['555-12-34', 'area-code', undefined],
      ['8 921 123 45 6', 'digit', undefined],
    ]);
  });

  test('a flat or house number is not a phone number', () => {
    expect(readCardPhones(contact({ name: 'Прораб', phones: ['кв 118', 'Ирина'] })).incomplete).toEqual([]);
  });

  test('the city code comes from the landlines the account holds: the most frequent, none without one', () => {
    expect(suggestAreaCode(['+79211234567', '+78122516317', '+74951234567', '+78125551234'])).toBe('812');
    expect(suggestAreaCode(['+79211234567', '+78001234567'])).toBeUndefined();
    expect(suggestAreaCode(['+74951234567'])).toBe('495');
  });

  test('the completion is the same digits behind the suggested code, and only for a missing code', () => {
    const [spb] = readCardPhones(contact({ name: 'Прораб', phones: ['926-08-33 дом'] })).incomplete;
    expect(suggestCompletion(spb!, '812')).toEqual({ e164: '+78129260833', display: '+7 812 926-08-33', areaCode: '812' });
    expect(suggestCompletion(spb!, undefined)).toBeUndefined();
    const [lost] = readCardPhones(contact({ name: 'Прораб', phones: ['8 921 123 45 6'] })).incomplete;
    expect(suggestCompletion(lost!, '812')).toBeUndefined();
  });

  test('property: every run of 5 or more digits in a value is shown: a number, an incomplete one, or words beside a number', () => {
    const run = fc.integer({ min: 5, max: 11 }).chain((len) => fc.stringMatching(new RegExp(`^[1-9]\\d{${len - 1}}$`)));
    const word = fc.constantFrom('дом', 'Ирина', 'офис', 'или', 'кв 1', ',', '/');
    fc.assert(
      fc.property(fc.array(fc.oneof(run, word), { minLength: 1, maxLength: 4 }), (parts) => {
        const raw = parts.join(' ').replace(/(\d) (\d)/g, '$1, $2');
        const card = readCardPhones(contact({ name: 'Прораб', phones: [raw] }));
        const shown = [
          ...card.phones.flatMap((p) => [p.phone.e164, p.phone.note ?? '']),
          ...card.incomplete.map((i) => i.text.replace(/\D/g, '')),
        ].join('|');
        for (const digits of raw.match(/\d{5,}/g) ?? []) expect(shown).toContain(digits.slice(-5));
        for (const i of card.incomplete) expect(card.phones.some((p) => p.key === i.key)).toBe(false);
      }),
      { seed: 1212, numRuns: 300 },
    );
  });
});

// A card's PHONE values read as the manager should see them: distinct numbers, duplicates to merge.
import { readFixture } from '../fixtures';
import { describe, expect, test } from 'vitest';
import { contactSchema } from '../../src/api/schemas';
import { readCardPhones } from '../../src/domain';
import { contact } from './builders';

const fixture = contactSchema.parse(readFixture('contact_partner_with_leads.json'));

describe('readCardPhones', () => {
  test('the fixture foreman card: eight values, seven distinct numbers, the 921 number typed three times', () => {
    const card = readCardPhones(fixture);
    expect(card.readings).toHaveLength(8);
    expect(card.phones.map((p) => p.key)).toEqual([
      '+79211234567',
      '+79211234567;ext=12',
      '+78125551234',
      '+79117654321',
      '+79052223344',
      '+79210001122',
      '+79313809090',
    ]);
    expect(card.phones[0]?.sources.map((s) => s.enumCode)).toEqual(['WORK', 'MOB']);
    expect(card.phones[6]?.phone.note).toBe('Марина, Загребский');
  });

  test('duplicates are offered for merging, keeping the value with the extension', () => {
    const [dup] = readCardPhones(fixture).duplicates;
    expect(dup).toEqual({ e164: '+79211234567', indexes: [0, 1, 2], keepIndex: 2, mergedValue: '89211234567 доб. 12', conflicting: false });
  });

  test('a merge keeps the note of a value that is not the one kept', () => {
    const card = readCardPhones(contact({ name: 'Прораб', phones: ['+7 921 123-45-67', '89211234567 Ирина'] }));
    expect(card.duplicates[0]).toMatchObject({ keepIndex: 1, mergedValue: '89211234567 Ирина' });
  });

  test('the same number with two different extensions is not merged blindly', () => {
    const card = readCardPhones(contact({ name: 'Офис', phones: ['8 812 555 12 34 доб. 12', '8 812 555 12 34 доб. 15'] }));
    expect(card.phones).toHaveLength(2);
    expect(card.duplicates[0]?.conflicting).toBe(true);
  });

  test('a value holding two numbers gives two card phones from the same source', () => {
    const card = readCardPhones(contact({ name: 'Прораб', phones: ['89211234567, 89117654321'] }));
    expect(card.phones.map((p) => [p.key, p.sources[0]?.index])).toEqual([
      ['+79211234567', 0],
      ['+79117654321', 0],
    ]);
    expect(card.duplicates).toEqual([]);
  });

  test('junk values are kept in readings with the text reported invalid', () => {
    const card = readCardPhones(contact({ name: 'Прораб', phones: ['нет', '89211234567'] }));
    expect(card.readings[0]).toMatchObject({ index: 0, numbers: [], invalid: ['нет'] });
    expect(card.phones).toHaveLength(1);
  });
});

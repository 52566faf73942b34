// One foreman rule: the panel (which card it is), the cleanup queue (which cards it scans) and the
// ownership engine (who on a deal, or holding a number, is another foreman) answer alike for any
// account's fields, any marker in the settings and any messy tags, role values and names.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { contactSchema, customFieldDefinitionSchema, type Contact, type CustomFieldDefinition } from '../../src/api/schemas';
import { cardKind } from '../../src/domain/cardKind/cardKind';
import { isPartner, resolvePartnerMarker } from '../../src/domain/cardKind/partnerMarker';
import { detectFields } from '../../src/domain/fields/detectFields';
import { contactRole } from '../../src/domain/naming/contactRole';

const ROLE_ID = 501205;
const LEVEL_ID = 501300;
const ROLE_VALUES = ['Прораб / партнёр', 'Партнер', 'Клиент', 'Заказчик', 'Поставщик', 'Бригадир', 'Мастер'];

const field = (id: number, name: string, type: string, values: string[]): CustomFieldDefinition =>
  customFieldDefinitionSchema.parse({ id, name, type, code: null, enums: values.map((value, i) => ({ id: id * 10 + i, value })) });

/** The account's contact fields: a role-like select under one of its usual names (or none), maybe a second select. */
const accountFields = fc
  .record({
    roleName: fc.constantFrom('Роль', 'роль контакта', 'Тип контакта', 'Role', 'Категория', 'Статус'),
    roleType: fc.constantFrom('select', 'multiselect', 'radiobutton', 'text'),
    roleValues: fc.subarray(ROLE_VALUES, { minLength: 1 }),
    level: fc.boolean(),
  })
  .map(({ roleName, roleType, roleValues, level }) => [
    field(ROLE_ID, roleName, roleType, roleType === 'text' ? [] : roleValues),
    ...(level ? [field(LEVEL_ID, 'Уровень', 'select', ['Бригадир', 'Мастер', 'Прораб'])] : []),
  ]);

const messyTag = fc.constantFrom(
  'прораб',
  'Прораб ',
  'ПАРТНЕР',
  'партнёр',
  'бригадир',
  'Бригадир',
  'vip',
  'VIP',
  'клиент',
  'Заказчик',
  'поставщик',
  'мастер',
  'foreman',
  'Partner',
  'звонить утром',
);
const name = fc.constantFrom('Петров прораб', 'Кузнецов Сергей (прораб)', 'Мастерова Анна', 'Иванов Иван', 'Бригадир Олег', '');
const marker = fc.constantFrom(
  '',
  '  ',
  'бригадир',
  'VIP',
  'прораб',
  'field:Роль=Прораб / партнёр',
  'field:Уровень=Бригадир',
  `field:${ROLE_ID}=Клиент`,
  `field:${LEVEL_ID}=прораб`,
  'field:Роль',
);

function contactOn(
  fields: CustomFieldDefinition[],
  o: { name: string; tags: string[]; role: string | null; level: string | null },
): Contact {
  const values = [
    ...(o.role !== null
      ? [
          {
            field_id: ROLE_ID,
            field_name: fields[0]?.name,
            values: [
              {
                value: o.role,
                ...(fields[0]?.enums.find((e) => e.value === o.role)
                  ? { enum_id: fields[0]?.enums.find((e) => e.value === o.role)?.id }
                  : {}),
              },
            ],
          },
        ]
      : []),
    ...(o.level !== null ? [{ field_id: LEVEL_ID, field_name: 'Уровень', values: [{ value: o.level }] }] : []),
  ];
  return contactSchema.parse({
    id: 1,
    name: o.name,
    updated_at: 1,
    custom_fields_values: values,
    _embedded: { tags: o.tags.map((t, i) => ({ id: i, name: t })), companies: [] },
  });
}

const world = accountFields.chain((fields) =>
  fc.record({
    fields: fc.constant(fields),
    contact: fc
      .record({
        name,
        tags: fc.array(messyTag, { maxLength: 3 }),
        role: fc.option(fc.constantFrom(...ROLE_VALUES), { nil: null }),
        level: fc.option(fc.constantFrom('Бригадир', 'Мастер', 'Прораб'), { nil: null }),
      })
      .map((o) => contactOn(fields, o)),
    marker,
  }),
);

describe('one foreman rule', () => {
  test('the panel, the queue and the ownership engine call the same contacts foremen', () => {
    fc.assert(
      fc.property(world, ({ fields, contact, marker }) => {
        const queue = isPartner(contact, resolvePartnerMarker(marker, fields));
        const panel = cardKind({ contact, contactFields: fields, partnerMarker: marker }).kind === 'partner';
        const engine = contactRole(contact, detectFields(fields, []), { partner_marker: marker }) === 'partner';
        expect({ panel, engine }).toEqual({ panel: queue, engine: queue });
      }),
      { seed: 1401, numRuns: 2000 },
    );
  });

  test('a name alone never makes a foreman, whatever the settings say', () => {
    fc.assert(
      fc.property(world, ({ fields, contact, marker }) => {
        const bare = contactSchema.parse({ ...contact, custom_fields_values: [], _embedded: { ...contact._embedded, tags: [] } });
        expect(isPartner(bare, resolvePartnerMarker(marker, fields))).toBe(false);
        expect(contactRole(bare, detectFields(fields, []), { partner_marker: marker })).toBe('unknown');
      }),
      { seed: 1402, numRuns: 500 },
    );
  });

  test('the tag the settings name marks a foreman in any case and with ё or е; another partner word then does not', () => {
    fc.assert(
      fc.property(accountFields, fc.constantFrom('Бригадир', 'БРИГАДИР', ' бригадир '), (fields, written) => {
        const tagged = contactOn(fields, { name: 'Иванов Иван', tags: [written], role: null, level: null });
        const other = contactOn(fields, { name: 'Иванов Иван', tags: ['прораб'], role: null, level: null });
        expect(contactRole(tagged, detectFields(fields, []), { partner_marker: 'бригадир' })).toBe('partner');
        expect(contactRole(other, detectFields(fields, []), { partner_marker: 'бригадир' })).not.toBe('partner');
        expect(cardKind({ contact: other, contactFields: fields, partnerMarker: 'бригадир' }).kind).not.toBe('partner');
      }),
      { seed: 1403, numRuns: 200 },
    );
  });
});

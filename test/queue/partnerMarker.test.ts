import { describe, expect, it } from 'vitest';
import type { Contact, CustomFieldDefinition } from '../../src/api/schemas';
import { isPartner, resolvePartnerMarker } from '../../src/queue/scan/partnerMarker';

const roleField: CustomFieldDefinition = {
  id: 501205,
  name: 'Роль',
  type: 'select',
  enums: [
    { id: 701201, value: 'Прораб / партнёр' },
    { id: 701203, value: 'Клиент' },
  ],
};
const levelField: CustomFieldDefinition = { id: 501300, name: 'Уровень', type: 'select', enums: [{ id: 1, value: 'Бригадир' }] };

function contact(opts: { tags?: string[]; role?: string; level?: string; name?: string }): Contact {
  return {
    id: 1,
    name: opts.name ?? 'Иванов Иван',
    updated_at: 1,
    custom_fields_values: [
      ...(opts.role ? [{ field_id: 501205, field_name: 'Роль', values: [{ value: opts.role }] }] : []),
      ...(opts.level ? [{ field_id: 501300, field_name: 'Уровень', values: [{ value: opts.level }] }] : []),
    ],
    _embedded: { tags: (opts.tags ?? []).map((name, i) => ({ id: i, name })), companies: [] },
  };
}

describe('what marks a partner card', () => {
  const fields = [roleField, levelField];
  it.each([
    ['the tag «прораб»', '', contact({ tags: ['прораб'] }), true],
    ['the tag «Партнер» written without ё', '', contact({ tags: ['Партнер'] }), true],
    ['the role «Прораб / партнёр»', '', contact({ role: 'Прораб / партнёр' }), true],
    ['the role «Клиент»', '', contact({ role: 'Клиент' }), false],
    ['a client tagged «vip»', '', contact({ tags: ['vip'] }), false],
    ['«прораб» only in the name (not a marker)', '', contact({ name: 'Петров прораб' }), false],
    ['a tag set in the settings', 'бригадир', contact({ tags: ['Бригадир'] }), true],
    ['the default tag when the settings name another', 'бригадир', contact({ tags: ['прораб'] }), false],
    ['a field value set in the settings, by field name', 'field:Уровень=бригадир', contact({ level: 'Бригадир' }), true],
    ['a field value set in the settings, by field id', 'field:501300=Бригадир', contact({ level: 'Бригадир' }), true],
    ['another value of that field', 'field:501300=Бригадир', contact({ level: 'Мастер' }), false],
  ])('%s → %s', (_what, setting, card, expected) => {
    expect(isPartner(card, resolvePartnerMarker(setting, fields))).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactSchema, leadSchema, noteSchema, type Contact, type CustomFieldDefinition, type Lead } from '../../src/api/schemas';
import { cardKind } from '../../src/domain/cardKind/cardKind';
import { markerWrite } from '../../src/domain/cardKind/markerWrite';
import { NOTE_SLOTS, readMovedHere } from '../../src/domain/cardKind/movedHere';
import { resolvePartnerMarker } from '../../src/domain/cardKind/partnerMarker';
import { interpolate } from '../../widget/host';
import { contactFields, FIELD } from './builders';
import ru from '../../i18n/ru.json';
import en from '../../i18n/en.json';

// The account's «Роль» field, with the supplier value the demo account also has.
const roleField: CustomFieldDefinition = (() => {
  const role = contactFields.find((f) => f.id === FIELD.role)!;
  return { ...role, enums: [...role.enums, { id: 701205, value: 'Поставщик' }] };
})();
const FIELDS = [roleField];

function contact(o: { id?: number; tags?: string[]; role?: string; name?: string; deals?: number[] }): Contact {
  return contactSchema.parse({
    id: o.id ?? 1,
    name: o.name ?? 'Иванов Иван',
    updated_at: 1,
    custom_fields_values: o.role ? [{ field_id: 501205, field_name: 'Роль', values: [{ value: o.role }] }] : null,
    _embedded: { tags: (o.tags ?? []).map((name, i) => ({ id: i, name })), leads: (o.deals ?? []).map((id) => ({ id })) },
  });
}
const deal = (id: number, contacts: Array<[number, boolean]>): Lead =>
  leadSchema.parse({
    id,
    name: `Сделка ${id}`,
    status_id: 1,
    pipeline_id: 1,
    updated_at: 1,
    _embedded: { contacts: contacts.map(([cid, is_main]) => ({ id: cid, is_main })) },
  });

describe('what card the panel is on', () => {
  it.each([
    ['the tag «прораб»', contact({ tags: ['прораб'] }), '', undefined, 'partner'],
    ['the role «Прораб / партнёр»', contact({ role: 'Прораб / партнёр' }), '', undefined, 'partner'],
    ['the role «Клиент»', contact({ role: 'Клиент' }), '', undefined, 'client'],
    ['the tag «клиент»', contact({ tags: ['клиент'] }), '', undefined, 'client'],
    ['the role «Поставщик»', contact({ role: 'Поставщик' }), '', undefined, 'other'],
    ['a tag «офис»', contact({ tags: ['Офис'] }), '', undefined, 'other'],
    ['a free tag «vip» says nothing', contact({ tags: ['vip'] }), '', undefined, 'unsure'],
    [
      'the main contact of a deal',
      contact({ id: 7, deals: [31] }),
      '',
      [
        deal(31, [
          [7, true],
          [9, false],
        ]),
      ],
      'client',
    ],
    [
      'a second contact on a deal is no client',
      contact({ id: 7, deals: [31] }),
      '',
      [
        deal(31, [
          [9, true],
          [7, false],
        ]),
      ],
      'unsure',
    ],
    [
      'a foreman who is the main contact of a deal stays a foreman',
      contact({ id: 7, tags: ['прораб'], deals: [31] }),
      '',
      [deal(31, [[7, true]])],
      'partner',
    ],
    ['«прораб» only in the name: asked, not assumed', contact({ name: 'Петров прораб' }), '', undefined, 'unsure'],
    ['the marker set in the settings', contact({ tags: ['Бригадир'] }), 'бригадир', undefined, 'partner'],
    ['a partner role when the settings name another marker: asked', contact({ role: 'Прораб / партнёр' }), 'бригадир', undefined, 'unsure'],
    ['a client by role even when the settings name a tag', contact({ role: 'Клиент' }), 'бригадир', undefined, 'client'],
    ['nothing at all', contact({}), '', undefined, 'unsure'],
  ])('%s', (_name, c, marker, deals, expected) => {
    expect(cardKind({ contact: c, contactFields: FIELDS, partnerMarker: marker, deals }).kind).toBe(expected);
  });

  it('names the account’s own word for someone else', () => {
    expect(cardKind({ contact: contact({ role: 'Поставщик' }), contactFields: FIELDS })).toEqual({ kind: 'other', role: 'Поставщик' });
  });

  it('a partner is a partner whatever else the card carries (seeded)', () => {
    const words = fc.constantFrom('клиент', 'Поставщик', 'vip', 'офис', 'Клиент', '');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 4 }), fc.constantFrom(undefined, 'Клиент', 'Поставщик'), (tags, role) => {
        const c = contact({ tags: [...tags.filter(Boolean), 'прораб'], ...(role ? { role } : {}) });
        return cardKind({ contact: c, contactFields: FIELDS }).kind === 'partner';
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('setting the partner marker on a card', () => {
  it.each([
    ['detected role field: its partner value', '', { custom_fields_values: [{ field_id: 501205, values: [{ enum_id: 701201 }] }] }],
    ['a tag from the settings', 'Бригадир', { tags_to_add: [{ name: 'Бригадир' }] }],
    [
      'a field value from the settings',
      'field:Роль=прораб / партнёр',
      { custom_fields_values: [{ field_id: 501205, values: [{ enum_id: 701201 }] }] },
    ],
  ])('%s', (_name, setting, patch) => {
    const write = markerWrite(resolvePartnerMarker(setting, FIELDS), FIELDS);
    expect(write).toMatchObject({ ok: true, patch });
  });

  it('no role field: the tag «прораб»', () => {
    expect(markerWrite(resolvePartnerMarker('', []), [])).toMatchObject({ ok: true, patch: { tags_to_add: [{ name: 'прораб' }] } });
  });

  it('a field the account lacks is refused, not guessed', () => {
    expect(markerWrite(resolvePartnerMarker('field:Уровень=бригадир', FIELDS), FIELDS)).toEqual({ ok: false, field: 'Уровень' });
    expect(markerWrite(resolvePartnerMarker('field:Роль=бригадир', FIELDS), FIELDS)).toEqual({ ok: false, field: 'Роль=бригадир' });
  });
});

describe('where a client’s number came from', () => {
  const template = (tree: typeof ru, key: 'client' | 'undo_client') => interpolate(tree.panel.note[key], NOTE_SLOTS);
  const vars = {
    number: '+7 905 510-96-49',
    partner: 'Кузнецов Сергей прораб',
    client: 'Попов Юрий',
    why: 'номер в клиентской базе: Попов. Звонки по одной сделке',
  };
  const note = (id: number, at: number, text: string) =>
    noteSchema.parse({ id, entity_id: 5, created_at: at, note_type: 'common', params: { text } });
  const moved = [template(ru, 'client'), template(en, 'client')];
  const undone = [template(ru, 'undo_client'), template(en, 'undo_client')];

  it('reads the widget’s own note, with the foreman and the date', () => {
    const notes = [note(1, 1741770000, interpolate(ru.panel.note.client, vars)), note(2, 1741770100, 'Позвонить в пятницу')];
    expect(readMovedHere(notes, moved, undone)).toEqual([
      { noteId: 1, number: vars.number, partnerName: vars.partner, at: 1741770000, undone: false },
    ]);
  });

  it('a later undo note marks the move undone; an English note reads as well', () => {
    const notes = [note(1, 100, interpolate(en.panel.note.client, vars)), note(2, 200, interpolate(ru.panel.note.undo_client, vars))];
    expect(readMovedHere(notes, moved, undone)).toMatchObject([{ partnerName: vars.partner, undone: true }]);
  });

  it('a manager’s note that merely mentions a move is not read as one', () => {
    expect(readMovedHere([note(1, 1, `Сказал: номер ${vars.number} перенесён с карточки прораба, проверить`)], moved, undone)).toEqual([]);
  });
});

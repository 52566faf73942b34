// The questionnaire: what a foreman's card lacks, and what a manager types checked before saving.
import { readFixture } from '../fixtures';
import { describe, expect, test } from 'vitest';
import { contactSchema } from '../../src/api/schemas';
import {
  detectFields,
  fullNameFromTitle,
  moscowMidnight,
  questionnaireGaps,
  validateBirthday,
  validateEmail,
  validateFullName,
} from '../../src/domain';
import { FIELD, contact, contactFields, leadFields } from './builders';

const NOW = 1_764_000_000; // 2025-11-24
const fields = detectFields(contactFields, leadFields);

describe('detectFields', () => {
  test('finds each field by type and name on the fixture account', () => {
    expect(fields.fullName?.id).toBe(FIELD.fullName);
    expect(fields.birthday?.id).toBe(FIELD.birthday);
    expect(fields.email?.id).toBe(FIELD.email);
    expect(fields.comment?.id).toBe(FIELD.comment);
    expect(fields.role?.id).toBe(FIELD.role);
    expect(fields.address?.id).toBe(FIELD.address);
    expect(fields.contract?.id).toBe(FIELD.contract);
  });
  test('a date field named «Дата рождения» is the birthday when no birthday-type field exists', () => {
    const defs = contactFields
      .filter((f) => f.type !== 'birthday')
      .concat({ ...contactFields[0]!, id: 9, name: 'Дата рождения', type: 'date', code: null, enums: [] });
    expect(detectFields(defs, leadFields).birthday?.id).toBe(9);
  });
  test('settings override detection by field id or exact name', () => {
    expect(detectFields(contactFields, leadFields, { field_comment: String(FIELD.fullName) }).comment?.id).toBe(FIELD.fullName);
    expect(detectFields(contactFields, leadFields, { field_address: 'Номер договора' }).address?.id).toBe(FIELD.contract);
  });
});

describe('questionnaireGaps', () => {
  const fixture = contactSchema.parse(readFixture('contact_partner_with_leads.json'));
  const gaps = Object.fromEntries(questionnaireGaps(fixture, fields).map((g) => [g.item, g]));
  test('the fixture foreman: full name only in the title, proposed without «прораб»', () => {
    expect(gaps.fullName).toMatchObject({ status: 'missing', fromTitle: true, proposal: 'Кузнецов Сергей', field: { id: FIELD.fullName } });
    expect(gaps.fullName?.problems).toContain('no-patronymic');
  });
  test('the fixture foreman: birthday missing, emails need cleaning, comment present', () => {
    expect(gaps.birthday).toMatchObject({ status: 'missing', field: { id: FIELD.birthday } });
    expect(gaps.email).toMatchObject({ status: 'malformed', problems: ['cleaned'] });
    expect(gaps.email?.proposal).toBe('kuznetsov.prorab@mail.ru, sergey.k1978@yandex.ru, Kuznetsov.S.V@gmail.com');
    expect(gaps.comment).toMatchObject({ status: 'ok', optional: true });
  });
  test('a complete card has no gaps', () => {
    const full = contact({
      name: 'Петров Алексей',
      extra: [
        { field_id: FIELD.fullName, values: [{ value: 'Петров Алексей Иванович' }] },
        { field_id: FIELD.birthday, values: [{ value: 258670800 }] },
        { field_id: FIELD.email, field_code: 'EMAIL', values: [{ value: 'petrov@mail.ru', enum_code: 'WORK' }] },
        { field_id: FIELD.comment, values: [{ value: 'Плитка' }] },
      ],
    });
    expect(questionnaireGaps(full, fields).map((g) => g.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });
  test('an email with a typo in the domain is offered a fix', () => {
    const c = contact({ name: 'X', extra: [{ field_id: FIELD.email, field_code: 'EMAIL', values: [{ value: 'ivanov@gmail.con' }] }] });
    expect(questionnaireGaps(c, fields)[2]).toMatchObject({ status: 'malformed', proposal: 'ivanov@gmail.com', problems: ['typo'] });
  });
  test('an account without a full-name field says so', () => {
    expect(questionnaireGaps(fixture, { ...fields, fullName: undefined })[0]).toMatchObject({
      status: 'no-field',
      proposal: 'Кузнецов Сергей',
    });
  });
});

describe('validateBirthday', () => {
  test.each([
    ['14.03.1978', '1978-03-14', 258670800],
    ['1978-03-14', '1978-03-14', 258670800],
    ['14/03/1978', '1978-03-14', 258670800],
    ['14 марта 1978', '1978-03-14', 258670800],
    ['10.07.1985', '1985-07-10', moscowMidnight(1985, 7, 10)],
    ['5.6.78', '1978-06-05', moscowMidnight(1978, 6, 5)],
    ['29.02.1984', '1984-02-29', moscowMidnight(1984, 2, 29)],
  ])('%s is %s at midnight in Moscow', (text, date, value) => {
    expect(validateBirthday(text, { now: NOW })).toMatchObject({ ok: true, date, value });
  });
  test('midnight in Moscow follows the summer time Moscow kept then (UTC+4 on 10 July 1985)', () => {
    expect(moscowMidnight(1985, 7, 10)).toBe(Date.UTC(1985, 6, 9, 20) / 1000);
    expect(moscowMidnight(2012, 1, 10)).toBe(Date.UTC(2012, 0, 9, 20) / 1000);
    expect(moscowMidnight(1990, 1, 10)).toBe(Date.UTC(1990, 0, 9, 21) / 1000);
  });
  test.each([
    ['', 'empty'],
    ['вчера', 'format'],
    ['31.02.1980', 'no-such-date'],
    ['29.02.1983', 'no-such-date'],
    ['12.13.1980', 'no-such-date'],
    ['01.01.2030', 'future'],
    ['01.01.2015', 'too-young'],
    ['01.01.1930', 'too-old'],
  ])('%j is rejected as %s', (text, error) => {
    expect(validateBirthday(text, { now: NOW })).toEqual({ ok: false, error });
  });
  test('a two-digit year is flagged for the manager to confirm', () => {
    expect(validateBirthday('5.6.78', { now: NOW })).toMatchObject({ warnings: ['two-digit-year'] });
  });
});

describe('validateEmail', () => {
  test.each([
    ['Kuznetsov.S.V@Gmail.com ', 'Kuznetsov.S.V@gmail.com', undefined],
    ['mailto:petrov@mail.ru', 'petrov@mail.ru', undefined],
    ['ivanov@gmail.con', 'ivanov@gmail.con', 'ivanov@gmail.com'],
    ['ivanov@mail.ry', 'ivanov@mail.ry', 'ivanov@mail.ru'],
    ['ivanov@yandex.ry', 'ivanov@yandex.ry', 'ivanov@yandex.ru'],
    ['ivanov@yandeks.ru', 'ivanov@yandeks.ru', 'ivanov@yandex.ru'],
    ['ivanov@gmial.com', 'ivanov@gmial.com', 'ivanov@gmail.com'],
    ['ivanov@list.ru', 'ivanov@list.ru', undefined],
  ])('%j is deliverable as %s (fix: %s)', (text, value, suggestion) => {
    const r = validateEmail(text);
    expect(r.ok).toBe(true);
    expect(r.value).toBe(value);
    expect(r.suggestion).toBe(suggestion);
  });
  test.each([
    ['', 'empty'],
    ['ivanov', 'format'],
    ['ivanov@', 'format'],
    ['iva nov@mail.ru', 'format'],
    ['ivanov@mail', 'domain'],
    ['ivanov@mail.r1', 'tld'],
    ['ivanov@-mail.ru', 'domain'],
    ['ivanov..x@mail.ru', 'format'],
  ])('%j is rejected as %s', (text, error) => {
    expect(validateEmail(text)).toMatchObject({ ok: false, error });
  });
});

describe('validateFullName', () => {
  test.each([
    ['Кузнецов Сергей Васильевич', 'Кузнецов Сергей Васильевич', []],
    ['кузнецов сергей васильевич', 'Кузнецов Сергей Васильевич', ['capitalized']],
    ['КУЗНЕЦОВ СЕРГЕЙ', 'Кузнецов Сергей', ['capitalized', 'no-patronymic']],
    ['Сергей Васильевич Кузнецов', 'Кузнецов Сергей Васильевич', ['reordered']],
    ['Римская-Корсакова Анна Петровна', 'Римская-Корсакова Анна Петровна', []],
    ['Королёва Алёна Фёдоровна', 'Королёва Алёна Фёдоровна', []],
    ['Мамедов Рашид Гасан оглы', 'Мамедов Рашид Гасан оглы', []],
    ['Алиева Лейла Эльдар кызы', 'Алиева Лейла Эльдар кызы', []],
    ['Smith John', 'Smith John', ['no-patronymic']],
  ])('%j → %j', (text, value, warnings) => {
    expect(validateFullName(text)).toMatchObject({ ok: true, value, warnings });
  });
  test.each([
    ['', 'empty'],
    ['Кузнецов', 'too-short'],
    ['Кузнецов Сергей 2', 'letters'],
    ['Кузнецов Sergey', 'mixed-script'],
    ['Кузнецов Сергей Васильевич Младший', 'too-long'],
  ])('%j is rejected as %s', (text, error) => {
    expect(validateFullName(text)).toEqual({ ok: false, error });
  });
  test.each([
    ['Кузнецов Сергей прораб', 'Кузнецов Сергей'],
    ['Петров Алексей (прораб)', 'Петров Алексей'],
    ['Морозов Михаил партнёр', 'Морозов Михаил'],
    ['Андрей сантехник', 'Андрей'],
  ])('the title %j gives %j', (title, name) => {
    expect(fullNameFromTitle(title)).toBe(name);
  });
});

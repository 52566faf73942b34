// Counts read as a Russian speaker says them: one, few and many forms, through the real i18n files.
import { describe, expect, test } from 'vitest';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';
import { formatMessage } from '../../src/i18n/formatMessage';
import { lookupLang } from '../../widget/host';

const text = (tree: typeof ru, key: string) => lookupLang(tree, key) ?? key;

describe('plural forms in the panel and queue texts', () => {
  test.each([
    [1, 'Звонки по 1 сделке на 1 адресе (1 звонок) — так звонит прораб'],
    [3, 'Звонки по 3 сделкам на 3 адресах (3 звонка) — так звонит прораб'],
    [21, 'Звонки по 21 сделке на 21 адресе (21 звонок) — так звонит прораб'],
    [302, 'Звонки по 302 сделкам на 302 адресах (302 звонка) — так звонит прораб'],
    [326, 'Звонки по 326 сделкам на 326 адресах (326 звонков) — так звонит прораб'],
  ])('ru: %i deals, addresses and calls', (n, expected) => {
    expect(formatMessage(text(ru, 'panel.reason.calls-span-deals'), { deals: n, addresses: n, calls: n }, 'ru')).toBe(expected);
  });

  test.each([
    [1, 'Записан 1 раз', 'Stored once'],
    [2, 'Записан 2 раза', 'Stored 2 times'],
    [5, 'Записан 5 раз', 'Stored 5 times'],
  ])('a number typed %i times', (n, inRussian, inEnglish) => {
    expect(formatMessage(text(ru, 'panel.duplicate.times'), { count: n }, 'ru')).toBe(inRussian);
    expect(formatMessage(text(en, 'panel.duplicate.times'), { count: n }, 'en')).toBe(inEnglish);
  });

  test('queue progress keeps the figures as typed (no thousands separator) and declines «карточка»', () => {
    expect(formatMessage(text(ru, 'queue.progress'), { checked: 340, total: 2000 }, 'ru')).toBe('Проверено 340 из 2000 карточек');
    expect(formatMessage(text(ru, 'queue.progress'), { checked: 1, total: 1 }, 'ru')).toBe('Проверено 1 из 1 карточки');
    expect(formatMessage(text(en, 'queue.progress'), { checked: 1, total: 1 }, 'en')).toBe('Checked 1 of 1 card');
  });
});

describe('plain texts', () => {
  test('placeholders are filled; an unknown one stays visible rather than blank', () => {
    expect(formatMessage('Карточка №{id}: {missing}', { id: 24000101 })).toBe('Карточка №24000101: {missing}');
  });

  test('a plural text without its value shows the text, never throws', () => {
    expect(() => formatMessage(text(ru, 'panel.duplicate.times'), {}, 'ru')).not.toThrow();
  });

  test('amoCRM text passed as a value is not parsed as a message', () => {
    expect(formatMessage('Подпись у номера: «{note}»', { note: '{count, plural, one {x}}' })).toBe(
      'Подпись у номера: «{count, plural, one {x}}»',
    );
  });
});

describe('the ICU subset beyond the shipped texts', () => {
  test('`#` is the counted value, `=N` wins over the category, and a select picks by value', () => {
    const files = '{n, plural, =0 {нет файлов} one {# файл} few {# файла} other {# файлов}}';
    expect([0, 1, 2, 5, 1000].map((n) => formatMessage(files, { n }, 'ru'))).toEqual([
      'нет файлов',
      '1 файл',
      '2 файла',
      '5 файлов',
      '1000 файлов',
    ]);
    const who = '{owner, select, partner {прораб} client {клиент} other {не ясно}}: {n, plural, one {# номер} other {# номера}}';
    expect(formatMessage(who, { owner: 'client', n: 1 }, 'ru')).toBe('клиент: 1 номер');
    expect(formatMessage(who, { owner: 'someone', n: 3 }, 'ru')).toBe('не ясно: 3 номера');
  });

  test('ordinals follow the language: 1st, 2nd, 3rd, 4th, 11th, 22nd', () => {
    const place = '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}';
    expect([1, 2, 3, 4, 11, 22].map((n) => formatMessage(place, { n }, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '22nd']);
  });

  test('a branch may hold another choice', () => {
    const nested = '{a, plural, one {{b, select, x {одна-x} other {одна}}} other {много}}';
    expect(formatMessage(nested, { a: 1, b: 'x' }, 'ru')).toBe('одна-x');
    expect(formatMessage(nested, { a: 7, b: 'x' }, 'ru')).toBe('много');
  });

  test('a text that is not valid ICU is shown with its placeholders filled, never throws', () => {
    expect(formatMessage('{n, plural, one {# раз}', { n: 2 }, 'ru')).toBe('{n, plural, one {# раз}');
  });
});

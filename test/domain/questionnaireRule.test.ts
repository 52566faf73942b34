// The one questionnaire rule (issue 14): per answer, the field, the value, its state with the rule
// it breaks, and a proposal; the queue and the panel read the same answer. Plus compare-and-set.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFixture } from '../fixtures';
import { contactSchema } from '../../src/api/schemas';
import { QUESTIONNAIRE, detectFields, planSave, questionnaireGaps, questionSpec, type QuestionnaireGap } from '../../src/domain';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';
import { engineEvaluator } from '../../src/queue/scan/engineEvaluator';
import { FIELD, contact, contactFields, leadFields } from './builders';

const NOW = 1_764_000_000; // 2025-11-24
const fields = detectFields(contactFields, leadFields);
const emailEntry = (...values: Array<[string, string?]>) => ({
  field_id: FIELD.email,
  field_code: 'EMAIL',
  values: values.map(([value, code]) => ({ value, ...(code ? { enum_code: code } : {}) })),
});
const gapOf = (c: ReturnType<typeof contact>, item: QuestionnaireGap['item'], f = fields) =>
  questionnaireGaps(c, f, { now: NOW }).find((g) => g.item === item)!;

describe('one state per answer', () => {
  test.each([
    [
      'full name filled',
      'fullName',
      [{ field_id: FIELD.fullName, values: [{ value: 'Петров Алексей Иванович' }] }],
      { status: 'ok', value: 'Петров Алексей Иванович', problems: [] },
    ],
    [
      'full name in capitals',
      'fullName',
      [{ field_id: FIELD.fullName, values: [{ value: 'ПЕТРОВ АЛЕКСЕЙ ИВАНОВИЧ' }] }],
      { status: 'malformed', problems: ['capitalized'], proposal: 'Петров Алексей Иванович' },
    ],
    [
      'full name with a digit',
      'fullName',
      [{ field_id: FIELD.fullName, values: [{ value: 'Петров 2' }] }],
      { status: 'malformed', problems: ['letters'] },
    ],
    [
      'birthday as a date',
      'birthday',
      [{ field_id: FIELD.birthday, values: [{ value: 258670800 }] }],
      { status: 'ok', value: '14.03.1978', problems: [] },
    ],
    [
      'birthday typed as text',
      'birthday',
      [{ field_id: FIELD.birthday, values: [{ value: '14.03.1978' }] }],
      { status: 'malformed', problems: ['format'], proposal: '14.03.1978' },
    ],
    ['birthday empty', 'birthday', [], { status: 'missing', problems: [] }],
    ['email clean', 'email', [emailEntry(['petrov@mail.ru', 'WORK'])], { status: 'ok', value: 'petrov@mail.ru' }],
    [
      'email with a typo',
      'email',
      [emailEntry(['petrov@gmail.con'])],
      { status: 'malformed', problems: ['typo'], proposal: 'petrov@gmail.com' },
    ],
    [
      'email with a trailing space',
      'email',
      [emailEntry(['petrov@mail.ru '])],
      { status: 'malformed', problems: ['cleaned'], proposal: 'petrov@mail.ru' },
    ],
    ['email without a domain', 'email', [emailEntry(['petrov@mail'])], { status: 'malformed', problems: ['domain'] }],
    ['comment empty (optional)', 'comment', [], { status: 'missing', optional: true }],
  ] as const)('%s', (_name, item, extra, expected) => {
    expect(gapOf(contact({ name: 'Петров Алексей', extra: [...extra] }), item)).toMatchObject(expected);
  });

  test('Кузнецов (demo and fixture): the queue and the panel both read his emails as malformed, not filled and not missing', () => {
    const kuznetsov = contactSchema.parse(readFixture('contact_partner_with_leads.json'));
    const email = gapOf(kuznetsov, 'email');
    expect(email).toMatchObject({ status: 'malformed', problems: ['cleaned'], field: { id: FIELD.email } });
    expect(email.value).toContain('Kuznetsov.S.V@gmail.com ');
    const finding = engineEvaluator(
      {},
      () => NOW * 1000,
    )({ partner: kuznetsov, deals: [], calls: [], dealContacts: [], clientBase: [], contactFields, leadFields });
    // The queue lists exactly the answers the rule says are missing or malformed (the comment is filled).
    expect(finding.missingFields).toEqual(
      questionnaireGaps(kuznetsov, fields)
        .filter((g) => !g.optional && g.status !== 'ok' && g.status !== 'no-field')
        .map((g) => g.item),
    );
    expect(finding.missingFields).toEqual(['fullName', 'birthday', 'email']);
  });

  test('the email is read through the field chosen in settings, not always the EMAIL code', () => {
    const own = { ...contactFields[0]!, id: 9001, name: 'Почта прораба', type: 'text', code: null, enums: [] };
    const chosen = detectFields([...contactFields, own], leadFields, { field_email: 'Почта прораба' });
    const c = contact({ name: 'X', extra: [{ field_id: 9001, values: [{ value: 'x@mail.ru' }] }, emailEntry(['old@gmail.con'])] });
    expect(gapOf(c, 'email', chosen)).toMatchObject({ status: 'ok', value: 'x@mail.ru', field: { id: 9001 } });
  });

  test('the full name is proposed from the title, or from the name fields when they are fuller', () => {
    const byTitle = contact({ name: 'Кузнецов Сергей Петрович (прораб)' });
    expect(gapOf(byTitle, 'fullName')).toMatchObject({
      status: 'missing',
      proposal: 'Кузнецов Сергей Петрович',
      fromTitle: true,
      problems: [],
    });
    const nameFields = { ...contact({ name: 'Серёга плиточник' }), first_name: 'Сергей', last_name: 'Кузнецов' };
    expect(gapOf(nameFields, 'fullName')).toMatchObject({
      status: 'missing',
      proposal: 'Кузнецов Сергей',
      proposalFrom: 'name-fields',
      problems: ['no-patronymic'],
    });
  });
});

describe('a typed answer', () => {
  test.each([
    ['birthday', '31.02.1980', { ok: false, problem: 'no-such-date' }],
    ['birthday', '14.03.1978', { ok: true, values: [258670800] }],
    ['email', 'ivanov@gmail.con', { ok: false, problem: 'typo', proposal: 'ivanov@gmail.com' }],
    ['email', 'ivanov@mail', { ok: false, problem: 'domain' }],
    ['email', ' A@Mail.RU, b@bk.ru ', { ok: true, values: ['A@mail.ru', 'b@bk.ru'] }],
    ['fullName', 'кузнецов сергей', { ok: true, values: ['Кузнецов Сергей'] }],
    ['fullName', 'Кузнецов', { ok: false, problem: 'too-short' }],
    ['comment', '   ', { ok: false, problem: 'empty' }],
  ] as const)('%s %j', (item, text, expected) => {
    expect(questionSpec(item).parse(text, NOW)).toEqual(expected);
  });
});

describe('compare-and-set (planSave)', () => {
  const before = contact({ id: 7, name: 'Кузнецов Сергей прораб' });
  const seen = gapOf(before, 'fullName');
  const save = { item: 'fullName' as const, values: ['Кузнецов Сергей Васильевич'], seen, seenTitle: before.name };

  test('unchanged card: writes the field and renames the title it saw', () => {
    expect(planSave(before, fields, save)).toEqual({
      kind: 'write',
      patch: {
        name: 'Кузнецов Сергей Васильевич',
        custom_fields_values: [{ field_id: FIELD.fullName, values: [{ value: 'Кузнецов Сергей Васильевич' }] }],
      },
    });
  });
  test('another manager filled the field: no write, their value said', () => {
    const now = contact({
      id: 7,
      name: before.name,
      extra: [{ field_id: FIELD.fullName, values: [{ value: 'Кузнецов Сергей Петрович' }] }],
    });
    expect(planSave(now, fields, save)).toMatchObject({ kind: 'conflict', what: 'value', theirs: 'Кузнецов Сергей Петрович' });
  });
  test('another manager renamed the contact: no write until asked; «theirs» keeps their title', () => {
    const now = contact({ id: 7, name: 'Кузнецов С.' });
    expect(planSave(now, fields, save)).toMatchObject({ kind: 'conflict', what: 'title', theirs: 'Кузнецов С.' });
    expect(planSave(now, fields, { ...save, seenTitle: 'Кузнецов С.', title: 'theirs' })).toMatchObject({
      kind: 'write',
      patch: { custom_fields_values: [{ field_id: FIELD.fullName }] },
    });
    expect(planSave(now, fields, { ...save, seenTitle: 'Кузнецов С.', title: 'theirs' })).not.toHaveProperty('patch.name');
    expect(planSave(now, fields, { ...save, seenTitle: 'Кузнецов С.', title: 'mine' })).toMatchObject({
      patch: { name: 'Кузнецов Сергей Васильевич' },
    });
  });
  test('fixing emails replaces only the malformed ones and keeps each kind', () => {
    const c = contact({ id: 8, name: 'X', extra: [emailEntry(['a@mail.ru', 'WORK'], ['b@gmail.con', 'PRIV'], ['c@bk.ru ', 'OTHER'])] });
    const plan = planSave(c, fields, {
      item: 'email',
      values: ['a@mail.ru', 'b@gmail.com', 'c@bk.ru'],
      seen: gapOf(c, 'email'),
      seenTitle: 'X',
    });
    expect(plan).toMatchObject({
      kind: 'write',
      patch: {
        custom_fields_values: [
          {
            field_id: FIELD.email,
            values: [
              { value: 'a@mail.ru', enum_code: 'WORK' },
              { value: 'b@gmail.com', enum_code: 'PRIV' },
              { value: 'c@bk.ru', enum_code: 'OTHER' },
            ],
          },
        ],
      },
    });
  });

  test('property: a save over values that differ from what the panel saw never writes; a fix never drops a correct address', () => {
    const address = fc.constantFrom('a@mail.ru', 'b@bk.ru', 'c@gmail.con', 'd@yandex.ru ', 'e@mail', 'F@Mail.RU');
    fc.assert(
      fc.property(
        fc.array(address, { maxLength: 4 }),
        fc.array(address, { maxLength: 4 }),
        fc.array(fc.constantFrom('x@mail.ru', 'a@mail.ru', 'y@bk.ru'), { minLength: 1, maxLength: 3 }),
        (seenList, nowList, typed) => {
          const card = (list: string[]) =>
            contact({ id: 9, name: 'X', extra: list.length ? [emailEntry(...list.map((v): [string] => [v]))] : [] });
          const plan = planSave(card(nowList), fields, {
            item: 'email',
            values: typed,
            seen: gapOf(card(seenList), 'email'),
            seenTitle: 'X',
          });
          const same = JSON.stringify(seenList) === JSON.stringify(nowList);
          expect(plan.kind).toBe(same ? 'write' : 'conflict');
          if (plan.kind !== 'write') return;
          const written = plan.patch.custom_fields_values[0]!.values.map((v) => v.value);
          for (const good of nowList.filter((v) => ['a@mail.ru', 'b@bk.ru'].includes(v))) expect(written).toContain(good);
          for (const t of typed) expect(written.map((w) => String(w).toLowerCase())).toContain(t.toLowerCase());
        },
      ),
      { seed: 1411, numRuns: 300 },
    );
  });
});

describe('every answer and every rule it can break is said in ru and en', () => {
  // Messy input as managers type it; every problem code the rows produce from it must have words.
  const messy = [
    '',
    ' ',
    'вчера',
    '31.02.1980',
    '29.02.1983',
    '01.01.2030',
    '01.01.2015',
    '01.01.1930',
    'ivanov',
    'ivanov@',
    'ivanov@mail',
    'ivanov@mail.r1',
    'ivanov@gmail.con',
    'mailto:Petrov@Mail.RU',
    'Кузнецов',
    'Кузнецов Sergey',
    'Кузнецов Сергей 2',
    'Кузнецов Сергей Васильевич Младший',
    'КУЗНЕЦОВ СЕРГЕЙ',
    'Сергей Васильевич Кузнецов',
    '14 марта 1978',
  ];
  const lookup = (tree: unknown, key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  test.each(QUESTIONNAIRE.map((q) => [q.item]))('%s', (item) => {
    const spec = questionSpec(item);
    const codes = new Set<string>();
    for (const text of messy) {
      const typed = spec.parse(text, NOW);
      if (!typed.ok) codes.add(typed.problem);
      spec.judge([{ value: text }], contact({ name: text }), NOW).problems.forEach((c) => codes.add(c));
    }
    expect(codes.size).toBeGreaterThan(0);
    const keys = [
      `panel.questionnaire.${item}`,
      `panel.questionnaire.placeholder.${item}`,
      `queue.field.${item}`,
      ...[...codes].map((c) => `panel.questionnaire.rule.${item}.${c}`),
    ];
    for (const key of keys) {
      expect(typeof lookup(ru, key), `ru ${key}`).toBe('string');
      expect(typeof lookup(en, key), `en ${key}`).toBe('string');
    }
  });
});

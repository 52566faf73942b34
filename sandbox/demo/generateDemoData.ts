// The demo account: six ordinary foremen with 80 deals, one heavy foreman (30 numbers, 400 deals,
// 4,000 calls) for benchmarks, the client base, client contacts, and the answer key.
import { account, catalogs, TAG, users } from './accountData';
import { makeAddress } from './addresses';
import { DemoBuilder, type Client, type Deal } from './builder';
import { ambiguousValue, answerEntries, clientNumber, clientValue, duplicateValue, ownValue, twoInOneValue, type CardValue } from './cards';
import { CLIENT_BASE_CATALOG, clientBaseFields, contactFields, leadFields } from './fields';
import { addFixtureRecords, FIXTURE_IDS } from './fixturePart';
import { addHardForemen } from './hardForemen';
import { foremanContact, runDeals, someClientContacts, type ForemanCard } from './foremen';
import { supplierContact } from './supplierPart';
import type { DemoData } from './types';

export const DEMO_IDS = {
  kuznetsov: FIXTURE_IDS.foreman,
  petrov: FIXTURE_IDS.petrov,
  vasiliev: 24000105,
  morozov: 24000106,
  egorov: 24000107,
  santekhnik: 24000108,
  heavy: 24000109,
} as const;

const range = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);

/** Distinct clients of these deals that are not yet used on a card. */
function pickClients(b: DemoBuilder, deals: Deal[], count: number, used: Set<Client>): Client[] {
  const out: Client[] = [];
  for (const d of b.random.shuffle(deals)) {
    if (out.length === count) break;
    if (used.has(d.client) || d.client.dealIds.some((id) => !deals.some((x) => x.id === id))) continue;
    used.add(d.client);
    out.push(d.client);
  }
  if (out.length < count) throw new Error('not enough distinct clients for the card');
  return out;
}

export function generateDemoData(seed = 1): DemoData {
  const b = new DemoBuilder(seed);
  const r = b.random;
  const used = new Set<Client>();
  const cards: Array<{ card: ForemanCard; values: CardValue[] }> = [];
  const mobiles = (n: number) => range(0, n).map(() => b.pool.mobile());

  // Кузнецов (fixture foreman): his three fixture deals, then 15 more.
  const fx = addFixtureRecords(b);
  const kOwn = ['9211234567', '8125551234', '9210001122'].map((n) => b.pool.reserve(n));
  b.calls(fx.zagrebsky, ['9313809090', '9211234567', '9210001122']);
  b.calls(fx.kupchinskaya, ['9052223344', '9052223344', '9211234567', '8125551234']);
  b.calls(fx.leninsky, ['9119001234', '9119001234', '9211234567']);
  const kDeals = runDeals(b, { foremanId: DEMO_IDS.kuznetsov, leadIds: range(31500104, 15), own: kOwn });
  const [marina, kupch] = [fx.zagrebsky.client, fx.kupchinskaya.client];
  used.add(marina).add(kupch).add(fx.leninsky.client);

  const petrovOwn = [b.pool.reserve('8123334455'), b.pool.reserve('9046112233'), ...mobiles(1)];
  const pDeals = runDeals(b, { foremanId: DEMO_IDS.petrov, leadIds: range(31500119, 12), own: petrovOwn });
  const vOwn = [...mobiles(2), b.pool.landline()];
  const vDeals = runDeals(b, { foremanId: DEMO_IDS.vasiliev, leadIds: range(31500131, 14), own: vOwn });

  // A client of two foremen (Морозов and Егоров), known to the base by name.
  const shared = b.newClient(makeAddress(r), [b.pool.mobile()]);
  shared.base = 'full';
  used.add(shared);
  const mOwn = mobiles(2);
  const mDeals = runDeals(b, { foremanId: DEMO_IDS.morozov, leadIds: range(31500145, 13), own: mOwn, preset: new Map([[4, shared]]) });
  const eOwn = mobiles(1);
  const eDeals = runDeals(b, { foremanId: DEMO_IDS.egorov, leadIds: range(31500158, 12), own: eOwn, preset: new Map([[6, shared]]) });
  const sOwn = mobiles(2);
  const sDeals = runDeals(b, { foremanId: DEMO_IDS.santekhnik, leadIds: range(31500170, 11), own: sOwn });

  // The office landline Кузнецов and Васильев share: in calls of both, owned by neither alone.
  const office = b.pool.landline();
  for (const d of [kDeals[2], kDeals[7], vDeals[1], vDeals[9]]) if (d) b.calls(d, [office]);
  const officeWhy = 'shared office number: on two foremen’s cards and in calls of both';
  const noCallsWhy = 'no calls at all, not in the client base: nothing to decide by';

  const [k1, k2, k3] = pickClients(b, kDeals, 3, used) as [Client, Client, Client];
  cards.push({
    card: {
      id: DEMO_IDS.kuznetsov,
      name: 'Кузнецов Сергей прораб',
      first: 'Сергей',
      last: 'Кузнецов',
      fio: null,
      birthday: null,
      emails: [
        ['kuznetsov.prorab@mail.ru', 'WORK'],
        ['sergey.k1978@yandex.ru', 'PRIV'],
        ['Kuznetsov.S.V@gmail.com ', 'OTHER'],
      ],
      comment: 'Работает с 2019 г. Бригада 4 чел.\nПлитка, электрика. Звонить после 10:00.',
      createdAt: 1554283200,
      updatedAt: 1736948530,
      updatedBy: 8101001,
    },
    values: [
      {
        value: '8 (921) 123-45-67',
        enumCode: 'WORK',
        numbers: [{ national: '9211234567', owner: 'partner', why: 'own number, in calls across many of the foreman’s deals' }],
      },
      {
        value: '+7 921 1234567',
        enumCode: 'MOB',
        numbers: [{ national: '9211234567', owner: 'partner', why: 'own number written a second time in another format' }],
      },
      {
        value: '89211234567 доб. 12',
        enumCode: 'WORKDD',
        numbers: [{ national: '9211234567', owner: 'partner', why: 'own number with an extension (duplicate)' }],
      },
      {
        value: '+7(812)555-12-34',
        enumCode: 'WORK',
        numbers: [{ national: '8125551234', owner: 'partner', why: 'own landline, in calls across the foreman’s deals' }],
      },
      { value: '8-911-765-43-21', enumCode: 'MOB', numbers: [clientNumber(marina, '9117654321')] },
      { value: '+79052223344', enumCode: 'OTHER', numbers: [clientNumber(kupch, '9052223344')] },
      {
        value: '921 000 11 22',
        enumCode: 'HOME',
        numbers: [{ national: '9210001122', owner: 'partner', why: 'own number, in calls across many of the foreman’s deals' }],
      },
      { value: '8 (931) 380-90-90 Марина, Загребский', enumCode: 'OTHER', numbers: [clientNumber(marina, '9313809090')] },
      ...r.shuffle([
        ambiguousValue(office, b, officeWhy),
        twoInOneValue(clientNumber(k1), clientNumber(k2), b),
        clientValue(k3, b),
        ambiguousValue(b.pool.mobile(), b, noCallsWhy),
      ]),
    ],
  });

  const [p1, p2] = pickClients(b, pDeals, 2, used) as [Client, Client];
  cards.push({
    card: {
      id: DEMO_IDS.petrov,
      name: 'Петров Алексей',
      first: 'Алексей',
      last: 'Петров',
      fio: null,
      birthday: 468190800,
      emails: [['petrov.remont@bk.ru', 'WORK']],
      position: 'Электрик',
      createdAt: 1592376000,
      updatedAt: 1677682800,
    },
    values: [
      {
        value: '8 812 3334455',
        enumCode: 'WORK',
        numbers: [{ national: '8123334455', owner: 'partner', why: 'own landline, in calls across the foreman’s deals' }],
      },
      {
        value: '+7-904-611-22-33',
        enumCode: 'MOB',
        numbers: [{ national: '9046112233', owner: 'partner', why: 'own number, in calls across many of the foreman’s deals' }],
      },
      ...r.shuffle([ownValue(petrovOwn[2] ?? '', b), duplicateValue('9046112233', b, false), clientValue(p1, b, true), clientValue(p2, b)]),
    ],
  });

  const [v1, v2, v3, v4] = pickClients(b, vDeals, 4, used) as [Client, Client, Client, Client];
  cards.push({
    card: {
      id: DEMO_IDS.vasiliev,
      name: 'Васильев Игорь Николаевич',
      first: 'Игорь',
      last: 'Васильев',
      fio: 'Васильев Игорь Николаевич',
      birthday: 201560400,
      emails: [
        ['vasiliev.igor@mail.ru', 'WORK'],
        ['IGOR.VASILIEV@YANDEX.RU', 'PRIV'],
      ],
      comment: 'Отделка под ключ, свой транспорт.',
      createdAt: 1580000000,
      updatedAt: 1731000000,
      responsible: 8101003,
    },
    values: r.shuffle([
      ...vOwn.map((n) => ownValue(n, b)),
      duplicateValue(vOwn[0] ?? '', b, true),
      ambiguousValue(office, b, officeWhy),
      clientValue(v1, b),
      clientValue(v2, b),
      clientValue(v3, b, true),
      twoInOneValue({ national: vOwn[1] ?? '', owner: 'partner', why: 'own number, typed together with a client’s' }, clientNumber(v4), b),
      ambiguousValue(b.pool.mobile(), b, noCallsWhy),
    ]),
  });

  const [m1, m2] = pickClients(b, mDeals, 2, used) as [Client, Client];
  cards.push({
    card: {
      id: DEMO_IDS.morozov,
      name: 'Морозов Михаил (плитка)',
      first: 'Михаил',
      last: 'Морозов',
      fio: null,
      birthday: null,
      emails: [['morozov-plitka@mail.ru ', 'WORK']],
      createdAt: 1600000000,
      updatedAt: 1720000000,
    },
    values: r.shuffle([
      ...mOwn.map((n) => ownValue(n, b)),
      duplicateValue(mOwn[0] ?? '', b, false),
      clientValue(shared, b),
      clientValue(m1, b, true),
      clientValue(m2, b),
    ]),
  });

  const [e1] = pickClients(b, eDeals, 1, used) as [Client];
  cards.push({
    card: {
      id: DEMO_IDS.egorov,
      name: 'Егоров Дмитрий прораб',
      first: 'Дмитрий',
      last: 'Егоров',
      fio: null,
      birthday: null,
      emails: [],
      createdAt: 1620000000,
      updatedAt: 1725000000,
    },
    values: r.shuffle([ownValue(eOwn[0] ?? '', b), duplicateValue(eOwn[0] ?? '', b, true), clientValue(shared, b), clientValue(e1, b)]),
  });

  const [s1] = pickClients(b, sDeals, 1, used) as [Client];
  cards.push({
    card: {
      id: DEMO_IDS.santekhnik,
      name: 'Андрей сантехник',
      first: 'Андрей',
      last: '',
      fio: 'Новиков Андрей Петрович',
      birthday: 390258000,
      emails: [
        ['novikov.a.p@gmail.com', 'PRIV'],
        ['Novikov.A.P@gmail.com', 'OTHER'],
      ],
      position: 'Сантехник',
      createdAt: 1640000000,
      updatedAt: 1741000000,
      responsible: 8101003,
    },
    values: r.shuffle([...sOwn.map((n) => ownValue(n, b)), clientValue(s1, b)]),
  });

  // The heavy card for benchmarks: 30 numbers, 400 deals, 4,000 calls.
  const hOwn = [...mobiles(4), b.pool.landline()];
  const hDeals = runDeals(b, { foremanId: DEMO_IDS.heavy, leadIds: range(31600001, 400), own: hOwn, heavy: true });
  const hClients = pickClients(b, hDeals, 21, used);
  const [hTwoA, hTwoB, hRepeat, ...hRest] = hClients as [Client, Client, Client, ...Client[]];
  const heavyValues = [
    ...hOwn.map((n) => ownValue(n, b)),
    duplicateValue(hOwn[0] ?? '', b, true),
    duplicateValue(hOwn[1] ?? '', b, false),
    duplicateValue(hOwn[2] ?? '', b, false),
    ...hRest.map((c, i) => clientValue(c, b, i === 0)),
    twoInOneValue(clientNumber(hTwoA), clientNumber(hTwoB), b),
    clientValue(hRepeat, b),
    { ...clientValue(hRepeat, b), enumCode: 'HOME' as const },
    ambiguousValue(b.pool.mobile(), b, noCallsWhy),
  ];
  if (heavyValues.length !== 30) throw new Error(`heavy card must hold 30 numbers, has ${heavyValues.length}`);
  cards.push({
    card: {
      id: DEMO_IDS.heavy,
      name: 'Смирнов Андрей (бригада)',
      first: 'Андрей',
      last: 'Смирнов',
      fio: null,
      birthday: null,
      emails: [['smirnov.brigada@mail.ru', 'WORK']],
      createdAt: 1560000000,
      updatedAt: 1750000000,
    },
    values: r.shuffle(heavyValues),
  });

  someClientContacts(b, [...kDeals, ...pDeals, ...vDeals, ...mDeals, ...eDeals, ...sDeals], 0.3);
  someClientContacts(b, hDeals, 0.02);

  // The hard cases come last, so everything above is drawn exactly as before.
  const hard = addHardForemen(b, used);
  someClientContacts(
    b,
    hard.flatMap((h) => h.deals),
    0.3,
  );
  for (const h of hard) cards.push({ card: h.card, values: h.values });

  for (const { card, values } of cards) b.contacts.push(foremanContact(card, values));
  b.contacts.push(supplierContact());
  const entries = cards.flatMap(({ card, values }) => answerEntries(card.id, values, b));
  const byId = <T extends { id: number }>(a: T, z: T) => a.id - z.id;
  return {
    account: { ...account },
    users: structuredClone(users),
    contactFields: structuredClone(contactFields),
    leadFields: structuredClone(leadFields),
    catalogFields: { [CLIENT_BASE_CATALOG]: structuredClone(clientBaseFields) },
    catalogs: structuredClone(catalogs),
    catalogElements: b.elements.sort(byId),
    contacts: b.contacts.sort(byId),
    leads: b.leads.sort(byId),
    links: b.links,
    notes: b.notes.sort(byId),
    tags: [{ ...TAG.foreman }, { ...TAG.client }],
    answerKey: { seed, foremen: cards.map((c) => c.card.id), heavyForemanId: DEMO_IDS.heavy, entries },
  };
}

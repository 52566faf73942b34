// Foremen whose cards look like cards after years of typing (issue 12): every situation the
// engine got wrong on a real account, several times, with counts and formats drawn from the seed.
// Built after the rest of the demo so the older foremen's records stay exactly as they were.
import { makeAddress } from './addresses';
import type { Client, Deal, DemoBuilder } from './builder';
import { clientNumber, clientValue, formatNumber, type CardNumber, type CardValue } from './cards';
import type { ForemanCard } from './foremen';
import { makePerson } from './people';

const FIRST_LEAD = 31700001;
const FROM = 1641772800; // 2022-01-10
const TO = 1759190400; // 2025-09-30
// «2-й» is left out: the value parser reads «… 2-й» as an invalid number (reported in issue 12's note).
const SECOND_NOTES = ['второй', 'второй номер', 'второй, редко', 'запасной'];
const CREW = [
  ['Олег', 'плиточник'],
  ['Саша', 'электрик'],
  ['Виктор', 'сантехник'],
  ['Игорь', 'маляр'],
  ['Руслан', 'бригада'],
  ['Степан', 'помощник'],
] as const;
const HOME_WORDS = ['дом', 'домашний', 'дом.', ''];

export interface HardCard {
  card: ForemanCard;
  values: CardValue[];
  deals: Deal[];
}

interface Foreman {
  id: number;
  kind: 'busy' | 'small';
  own: string;
  deals: Deal[];
  /** Values after the first (the own number); shuffled when the card is written. */
  rest: CardValue[];
  card: ForemanCard;
}

const hasBasePhone = (c: Client) => c.base === 'full' || c.base === 'noName';

export function addHardForemen(b: DemoBuilder, used: Set<Client>): HardCard[] {
  const r = b.random;
  let leadId = FIRST_LEAD;
  const newDeal = (f: Foreman, client: Client, createdAt = r.int(FROM, TO), silent = false): Deal => {
    const deal = b.deal(leadId++, f.id, client, createdAt, false, true);
    f.deals.push(deal);
    // The client calls about their job 1–3 times from each of their numbers (unless the calls went elsewhere).
    if (!silent)
      b.calls(
        deal,
        client.phones.flatMap((p) => Array.from({ length: r.int(1, 3) }, () => p)),
      );
    return deal;
  };
  // amoCRM's default type is «Рабочий», so a client's number is often typed as WORK too.
  const onCard = (client: Client, n: CardNumber, stray = false): CardValue => ({
    ...clientValue(client, b, stray, n.national),
    enumCode: r.pick(['WORK', 'WORK', 'MOB', 'OTHER', 'HOME'] as const),
    numbers: [n],
  });
  const newClient = () => b.newClient(makeAddress(r), [b.pool.mobile(), ...(r.chance(0.1) ? [b.pool.mobile()] : [])]);
  const foreman = (kind: 'busy' | 'small', dealCount: number): Foreman => {
    const p = makePerson(r, false);
    const id = b.takeContactId();
    const name = `${p.surname} ${p.given}${r.chance(0.5) ? ' прораб' : ''}`;
    const t = r.int(FROM - 400 * 86_400, FROM);
    const f: Foreman = {
      id,
      kind,
      own: b.pool.mobile(),
      deals: [],
      rest: [],
      card: {
        id,
        name,
        first: p.given,
        last: p.surname,
        fio: null,
        birthday: null,
        emails: [],
        createdAt: t,
        updatedAt: t + r.int(30, 900) * 86_400,
      },
    };
    for (let i = 0; i < dealCount; i++) newDeal(f, newClient());
    // Own number: across most deals of a busy foreman; on only 1–2 deals of a small one.
    const share = kind === 'busy' ? 0.5 + r.float() * 0.45 : 0;
    const ownDeals = kind === 'busy' ? f.deals.filter(() => r.chance(share)) : r.sample(f.deals, Math.min(dealCount, r.int(1, 2)));
    for (const d of ownDeals)
      b.calls(
        d,
        Array.from({ length: r.int(1, 3) }, () => f.own),
      );
    return f;
  };
  const clientsOnCard = (f: Foreman, count: number) => {
    for (const d of r.sample(f.deals, count)) {
      if (used.has(d.client)) continue;
      used.add(d.client);
      f.rest.push(onCard(d.client, clientNumber(d.client), r.chance(0.2)));
      // Now and then a manager notes on the deal whose number it is.
      if (r.chance(0.2)) {
        const { given, female } = d.client.person;
        b.commonNote(
          d,
          `Клиент${female ? 'ка' : ''} ${given}, номер ${formatNumber(d.client.phones[0] ?? '', b)} — ${female ? 'её' : 'его'}, не прораба.`,
        );
      }
    }
  };

  const busy = Array.from({ length: r.int(2, 3) }, () => foreman('busy', r.int(14, 25)));
  const small = Array.from({ length: r.int(2, 3) }, () => foreman('small', r.int(2, 3)));
  const all = [...busy, ...small];
  for (const f of busy) clientsOnCard(f, r.int(3, 6));
  for (const f of small) clientsOnCard(f, f.deals.length);

  // The busy foreman's number typed onto one client's contact by mistake.
  for (const f of busy) {
    const d = r.pick(f.deals.filter((x) => x.client.contactId === null));
    b.clientContact(d.client, `${d.client.person.given} ${d.client.person.patronymic}`, [f.own]);
  }

  for (const f of busy) {
    if (r.chance(0.5)) b.commonNote(r.pick(f.deals), `Прораб ${f.card.first} на связи: ${formatNumber(f.own, b)}`);
  }

  // A repeat job: the client comes back to the same flat a year later.
  for (const f of r.sample(busy, r.int(1, 2))) {
    const client = newClient();
    const first = newDeal(f, client);
    newDeal(f, client, Math.min(TO, first.createdAt + r.int(200, 500) * 86_400));
    used.add(client);
    f.rest.push(
      onCard(client, { ...clientNumber(client), situation: 'repeat-job', why: 'client number, in calls of two jobs at the same flat' }),
    );
  }

  // A client of two foremen: their number on both cards, each with the deal of his own.
  for (let k = r.int(1, 2); k > 0; k--) {
    // Both busy: a small foreman keeps his 2–3 deals.
    const [fa, fb] = r.sample(busy, 2) as [Foreman, Foreman];
    const client = newClient();
    client.base = r.pick(['full', 'full', 'noName', 'absent'] as const);
    newDeal(fa, client);
    newDeal(fb, client);
    used.add(client);
    const n: CardNumber = {
      ...clientNumber(client),
      situation: 'client-of-two',
      why: 'client number on two foremen’s cards, in calls of the client’s deal with each',
    };
    fa.rest.push(onCard(client, n));
    fb.rest.push(onCard(client, n));
  }

  // A client whose calls are not in the deal (they went to the foreman's mobile): the base or their contact knows the number.
  for (const f of r.sample(busy, r.int(1, 2))) {
    for (let k = r.int(1, 3); k > 0; k--) {
      const client = newClient();
      client.base = r.chance(0.6) ? 'full' : 'absent';
      newDeal(f, client, r.int(FROM, TO), true);
      if (client.base === 'absent' || r.chance(0.3)) b.clientContact(client, `${client.person.given} ${client.person.patronymic}`);
      used.add(client);
      f.rest.push(
        onCard(
          client,
          {
            ...clientNumber(client),
            situation: 'client-no-calls',
            why: 'client number without calls: the client base or the client’s contact holds it',
          },
          r.chance(0.3),
        ),
      );
    }
  }

  // A client's second phone (the spouse): one or two calls on the client's deal; the base knows the first.
  for (let k = r.int(3, 5); k > 0; k--) {
    const f = r.pick(r.chance(0.7) ? busy : all);
    const free = f.deals.filter((d) => !used.has(d.client) && d.client.dealIds.length === 1 && hasBasePhone(d.client));
    if (free.length === 0) continue;
    const deal = r.pick(free);
    used.add(deal.client);
    const spouse = b.pool.mobile();
    b.calls(
      deal,
      Array.from({ length: r.int(1, 2) }, () => spouse),
    );
    const partner = makePerson(r, !deal.client.person.female);
    const note = r.pick([
      deal.client.person.female ? 'муж' : 'жена',
      partner.given,
      `${partner.given} (${deal.client.person.female ? 'муж' : 'жена'})`,
      '',
    ]);
    f.rest.push({
      value: `${formatNumber(spouse, b)}${note ? ` ${note}` : ''}`,
      enumCode: r.pick(['OTHER', 'MOB', 'HOME'] as const),
      numbers: [
        {
          national: spouse,
          owner: 'client',
          client: deal.client,
          situation: 'client-spouse',
          evidence: 'weak',
          why: 'the client’s spouse: a call or two on the client’s deal, the base knows the client by another number',
        },
      ],
    });
  }

  // A foreman's second mobile used once, on a deal whose client is known by another number.
  for (const f of r.sample(all, r.int(2, 3))) {
    const deal = f.deals.find((d) => hasBasePhone(d.client)) ?? f.deals[0];
    if (!deal) continue;
    const second = b.pool.mobile();
    b.calls(deal, [second]);
    f.rest.push({
      value: `${formatNumber(second, b)} ${r.pick(SECOND_NOTES)}`,
      enumCode: r.pick(['MOB', 'OTHER', 'WORK'] as const),
      numbers: [{ national: second, owner: 'partner', situation: 'second-mobile', why: 'the foreman’s second mobile, used once' }],
    });
  }

  // A crew member: calls on two deals at two addresses.
  for (const f of r.sample(busy, r.int(1, 2))) {
    const [given, trade] = r.pick(CREW);
    const crew = b.pool.mobile();
    for (const d of r.sample(
      f.deals.filter((x) => x.client.dealIds.length === 1),
      2,
    ))
      b.calls(
        d,
        Array.from({ length: r.int(1, 2) }, () => crew),
      );
    const value = (): CardValue => ({
      value: `${formatNumber(crew, b)} ${given} ${trade}`,
      enumCode: r.pick(['OTHER', 'MOB'] as const),
      numbers: [{ national: crew, owner: 'partner', situation: 'crew-member', why: 'a crew member of the foreman: calls on two jobs' }],
    });
    f.rest.push(value());
    // Crews work for more than one foreman.
    const other = r.chance(0.5) ? r.pick(all.filter((x) => x !== f)) : undefined;
    if (other) {
      b.calls(r.pick(other.deals), [crew]);
      other.rest.push(value());
    }
  }

  // The office landline several foremen share: on 3–4 cards, a couple of calls.
  const office = b.pool.landline();
  const [c, x, y, z] = [office.slice(0, 3), office.slice(3, 6), office.slice(6, 8), office.slice(8)];
  const officeCards = r.sample(all, r.int(3, Math.min(4, all.length)));
  for (const f of r.sample(officeCards, r.int(1, 2))) b.calls(r.pick(f.deals), [office]);
  for (const f of officeCards) {
    f.rest.push({
      value: r.pick([`(${c}) ${x}-${y}-${z} офис`, `8 (${c}) ${x}-${y}-${z} офис`, `+7 ${c} ${x}${y}${z} офис`, `(${c}) ${x}-${y}-${z}`]),
      enumCode: 'WORK',
      numbers: [
        {
          national: office,
          owner: 'partner',
          situation: 'shared-office',
          why: 'the office line several foremen share: the foremen’s side',
        },
      ],
    });
  }

  // Seven-digit local numbers: no city code, no calls.
  for (const f of r.sample(all, r.int(1, 2))) {
    const local = String(r.int(2_000_000, 7_999_999));
    const word = r.pick(HOME_WORDS);
    f.rest.push({
      value: `${local.slice(0, 3)}-${local.slice(3, 5)}-${local.slice(5)}${word ? ` ${word}` : ''}`,
      enumCode: 'HOME',
      numbers: [
        { national: local, owner: 'ambiguous', situation: 'local-7-digit', why: 'seven digits without a city code: nobody can tell whose' },
      ],
    });
  }

  return all.map((f) => ({
    card: f.card,
    deals: f.deals,
    values: [
      {
        value: formatNumber(f.own, b),
        enumCode: 'MOB' as const,
        numbers: [
          {
            national: f.own,
            owner: 'partner' as const,
            situation: f.kind === 'small' ? ('small-foreman' as const) : ('own-on-client-contact' as const),
            why:
              f.kind === 'small'
                ? 'own number of a foreman with only 2–3 deals'
                : 'own number across many deals, also typed on one client’s contact',
          },
        ],
      },
      ...r.shuffle(f.rest),
    ],
  }));
}

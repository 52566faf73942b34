// A foreman's PHONE field as managers really fill it, and the truth about every number on it.
import type { Client, DemoBuilder } from './builder';
import { clientTrueName } from './builder';
import { PHONE_ENUM } from './fields';
import { cardFormat, e164 } from './phones';
import type { AnswerKeyEntry, EvidenceStrength, PhoneOwner, Situation } from './types';

export interface CardNumber {
  national: string;
  owner: PhoneOwner;
  client?: Client;
  why: string;
  /** Defaults by owner: own-number, client-number, no-calls. */
  situation?: Situation;
  /** Set where counting calls would overstate it (a spouse's one call). */
  evidence?: EvidenceStrength;
}

export interface CardValue {
  value: string;
  enumCode: keyof typeof PHONE_ENUM;
  numbers: CardNumber[];
}

function landlineFormat(n: string, b: DemoBuilder): string {
  const [c, x, y, z] = [n.slice(0, 3), n.slice(3, 6), n.slice(6, 8), n.slice(8)];
  return b.random.pick([`+7(${c})${x}-${y}-${z}`, `8 ${c} ${x}${y}${z}`, `8 (${c}) ${x}-${y}-${z}`, `(${c}) ${x}-${y}-${z}`]);
}

export function formatNumber(n: string, b: DemoBuilder): string {
  return n.startsWith('812') ? landlineFormat(n, b) : cardFormat(n, b.random);
}

export function ownValue(n: string, b: DemoBuilder, why = 'own number, in calls across many of the foreman’s deals'): CardValue {
  const landline = n.startsWith('812');
  return {
    value: formatNumber(n, b),
    enumCode: landline ? 'WORK' : b.random.pick(['MOB', 'MOB', 'WORK', 'OTHER'] as const),
    numbers: [{ national: n, owner: 'partner', why }],
  };
}

/** The same own number again in another format (a duplicate), sometimes with an extension. */
export function duplicateValue(n: string, b: DemoBuilder, extension: boolean): CardValue {
  if (extension) {
    return {
      value: `8${n} доб. ${b.random.int(10, 99)}`,
      enumCode: 'WORKDD',
      numbers: [{ national: n, owner: 'partner', why: 'own number with an extension (duplicate)' }],
    };
  }
  return { ...ownValue(n, b, 'own number written a second time in another format'), enumCode: 'OTHER' };
}

export function clientNumber(client: Client, national = client.phones[0] ?? ''): CardNumber {
  return { national, owner: 'client', client, why: `client number, in calls of the client’s deal(s) only` };
}

export function clientValue(client: Client, b: DemoBuilder, strayName = false, national = client.phones[0] ?? ''): CardValue {
  const formatted = formatNumber(national, b);
  return {
    value: strayName ? `${formatted} ${client.person.given}, ${client.address.street.short}` : formatted,
    enumCode: b.random.pick(['OTHER', 'MOB', 'HOME'] as const),
    numbers: [clientNumber(client, national)],
  };
}

/** Two numbers typed into one value, the way people do when the field “runs out”. */
export function twoInOneValue(first: CardNumber, second: CardNumber, b: DemoBuilder): CardValue {
  const sep = b.random.pick([', ', ' / ', ' или ', '; ']);
  return {
    value: `${formatNumber(first.national, b)}${sep}${formatNumber(second.national, b)}`,
    enumCode: 'OTHER',
    numbers: [first, second],
  };
}

export function ambiguousValue(n: string, b: DemoBuilder, why: string): CardValue {
  return {
    value: formatNumber(n, b),
    enumCode: n.startsWith('812') ? 'WORK' : 'OTHER',
    numbers: [{ national: n, owner: 'ambiguous', why }],
  };
}

export function phoneFieldValues(values: CardValue[]) {
  return values.map((v) => ({ value: v.value, enum_id: PHONE_ENUM[v.enumCode], enum_code: v.enumCode }));
}

function defaultSituation(n: CardNumber, callDeals: number): Situation {
  if (n.owner === 'partner') return n.why.includes('duplicate') || n.why.includes('second time') ? 'own-duplicate' : 'own-number';
  if (n.owner === 'client') return 'client-number';
  return callDeals > 0 ? 'shared-office' : 'no-calls';
}

/** Strength of what the account holds: calls on deals, the client base, the client's contact. */
function strengthOf(n: CardNumber, callDeals: number): EvidenceStrength {
  if (n.evidence) return n.evidence;
  const c = n.client;
  if (n.owner === 'client' && c) {
    const signals = [
      callDeals > 0,
      (c.base === 'full' || c.base === 'noName') && c.phones[0] === n.national,
      c.contactId !== null && c.phones.includes(n.national),
    ];
    const count = signals.filter(Boolean).length;
    return count >= 2 ? 'strong' : count === 1 ? 'some' : 'none';
  }
  return callDeals >= 4 ? 'strong' : callDeals >= 2 ? 'some' : callDeals === 1 ? 'weak' : 'none';
}

/** Answer-key rows for one card; call evidence is read after all calls exist. */
export function answerEntries(contactId: number, values: CardValue[], b: DemoBuilder): AnswerKeyEntry[] {
  return values.flatMap((v, valueIndex) =>
    v.numbers.map((n) => {
      const callDeals = b.callsByNumber.get(n.national)?.size ?? 0;
      const e = n.national.length === 7 ? `+7812${n.national}` : e164(n.national);
      const base = {
        contactId,
        valueIndex,
        value: v.value,
        e164: e,
        owner: n.owner,
        why: n.why,
        situation: n.situation ?? defaultSituation(n, callDeals),
        evidence: strengthOf(n, callDeals),
        callDeals,
      };
      if (n.owner === 'client' && n.client) {
        return { ...base, clientName: clientTrueName(n.client), dealIds: [...n.client.dealIds].sort((x, y) => x - y) };
      }
      return { ...base, dealIds: [...(b.callsByNumber.get(n.national) ?? [])].sort((x, y) => x - y) };
    }),
  );
}

// Each kind of evidence about a number, read as one level of a comparison (Fellegi–Sunter, as
// Splink does it): the level's weight comes from the fitted table, not from here. Levels are
// facts only; `null` level means "does not apply" and weighs nothing (Splink's null level).
import type { Reason, ReasonCode } from '../types';
import type { DealFacts } from './dealFacts';
import type { PhoneEvidence } from './gatherEvidence';

export const COMPARISONS = [
  'calls',
  'contacts',
  'clientBase',
  'otherForemen',
  'position',
  'valueNote',
  'enumCode',
  'kind',
  'managerNote',
] as const;
export type ComparisonName = (typeof COMPARISONS)[number];

/**
 * Calls at one place are read together with that deal's client (Splink's joint levels): a number
 * called on one deal whose client is known by another number is a second mobile, a crew member or
 * the office as often as a spouse. `known` = that client is known by another number.
 */
const ONE_PLACE = ['one-place-of-few', 'one-deal', 'one-address'] as const;
/** Calls at more distinct places never read more client-like: the fit keeps this order. */
export const SPREAD_ORDER = ['two-places', 'three-four-places', 'five-nine-places', 'ten-plus-places'] as const;
export const CALL_LEVELS = ['none', 'only-deal', ...ONE_PLACE.flatMap((l) => [`${l}/open`, `${l}/known`]), ...SPREAD_ORDER];

export interface Observation {
  comparison: ComparisonName;
  level: string;
  code: ReasonCode;
  params: Reason['params'];
}

const DAY = 86_400;
const FOREMAN_WORDS =
  /(офис|рабоч|мой|личн|прораб|бригад|склад|втор|2-й|запасн|плиточ|электрик|сантехник|маляр|помощник|мастер|work|office)/i;
const CLIENT_WORDS = /(клиент|жена|муж|хозя|заказчик|дочь|сын|мама|папа|кв\.?\s*\d|ул\.|пр\.|б-р|бульвар|проспект|\d+-\d+)/i;

export function noteLevel(note: string | undefined, namesDeal: boolean): string {
  if (!note) return 'none';
  // «Олег плиточник» names a trade before it names anyone's deal (a client may be an Олег too).
  if (FOREMAN_WORDS.test(note)) return 'foreman-words';
  if (namesDeal) return 'names-deal';
  if (CLIENT_WORDS.test(note)) return 'client-words';
  if (/^[А-ЯЁA-Z][а-яёa-z]+/u.test(note)) return 'a-name';
  return 'other';
}

function spreadLevel(addresses: number): (typeof SPREAD_ORDER)[number] {
  if (addresses >= 10) return 'ten-plus-places';
  if (addresses >= 5) return 'five-nine-places';
  if (addresses >= 3) return 'three-four-places';
  return 'two-places';
}

function callObservations(ev: PhoneEvidence, deals: Map<number, DealFacts>, dealCount: number, now: number): Observation[] {
  const dealsWithCalls = ev.calls.length;
  if (dealsWithCalls === 0) return [{ comparison: 'calls', level: 'none', code: 'no-calls', params: { deals: dealCount } }];
  const calls = ev.calls.reduce((n, c) => n + c.count, 0);
  const lastAt = Math.max(0, ...ev.calls.map((c) => c.lastAt));
  const daysAgo = lastAt ? Math.max(0, Math.floor((now - lastAt) / DAY)) : -1;
  const addresses = ev.addresses.length;
  if (addresses >= 2) {
    return [
      {
        comparison: 'calls',
        level: spreadLevel(addresses),
        code: 'calls-span-deals',
        params: { deals: dealsWithCalls, addresses, calls, daysAgo },
      },
    ];
  }
  const first = ev.calls[0]!;
  const facts = deals.get(first.dealId);
  // Is that deal's client already known under another number? Then this one may be anybody's.
  const knownPhones = [...(facts?.baseRow?.phones ?? []), ...(facts?.clientContact?.phones ?? [])];
  const known = knownPhones.length > 0 && !knownPhones.includes(ev.phone.phone.e164);
  // One place among two or three deals says little: a small foreman's own number looks the same.
  const place = dealCount <= 3 ? 'one-place-of-few' : dealsWithCalls > 1 ? 'one-address' : 'one-deal';
  const params = {
    deals: dealsWithCalls,
    calls,
    dealId: first.dealId,
    address: facts?.addressName ?? '',
    daysAgo,
    ofDeals: dealCount,
    clientKnown: known ? 'yes' : 'no',
  };
  // The foreman's only deal: every number on the card is called there, so it tells nothing apart.
  const level = dealCount === 1 ? 'only-deal' : `${place}/${known ? 'known' : 'open'}`;
  return [{ comparison: 'calls', level, code: dealsWithCalls === 1 ? 'calls-one-deal' : 'calls-one-address', params }];
}

function holderObservations(ev: PhoneEvidence): Observation[] {
  const clientContact = ev.contacts.find((c) => c.role === 'client' || (c.isMain && c.role !== 'partner'));
  const dealContact = ev.contacts.find((c) => c.role === 'unknown');
  const held = clientContact ?? dealContact;
  const contacts: Observation = held
    ? {
        comparison: 'contacts',
        level: clientContact ? 'client' : 'deal-contact',
        code: clientContact ? 'on-client-contact' : 'on-deal-contact',
        params: { contactId: held.contact.id, name: held.contact.name, deals: held.dealIds.length },
      }
    : { comparison: 'contacts', level: 'none', code: 'no-client-contact', params: {} };
  const base = ev.baseMatches[0];
  const clientBase: Observation = base?.baseRow
    ? {
        comparison: 'clientBase',
        level: 'match',
        code: 'client-base-phone',
        params: { contract: base.baseRow.contract, name: base.baseRow.name, dealId: base.deal.id, rows: ev.baseMatches.length },
      }
    : { comparison: 'clientBase', level: 'none', code: 'not-in-client-base', params: {} };
  // Other foremen: found by the account search, or linked to the deals with the foreman role.
  const foremen = new Map(ev.otherPartners.map((c) => [c.id, c.name]));
  for (const c of ev.contacts) if (c.role === 'partner') foremen.set(c.contact.id, c.contact.name);
  const n = foremen.size;
  const otherForemen: Observation =
    n > 0
      ? {
          comparison: 'otherForemen',
          level: n >= 2 ? 'two-plus' : 'one',
          code: 'on-other-partners',
          params: { partners: n, name: [...foremen.values()].join(', ') },
        }
      : { comparison: 'otherForemen', level: 'none', code: 'only-this-card', params: {} };
  return [contacts, clientBase, otherForemen];
}

function cardObservations(ev: PhoneEvidence): Observation[] {
  const out: Observation[] = [];
  const index = ev.position;
  out.push(
    index === 0
      ? { comparison: 'position', level: 'first', code: 'first-value', params: { index: 0 } }
      : { comparison: 'position', level: index <= 2 ? 'second-third' : 'later', code: 'value-position', params: { index: index + 1 } },
  );
  const note = ev.phone.phone.note;
  const level = noteLevel(note, ev.noteDeals.length === 1);
  if (level === 'none') out.push({ comparison: 'valueNote', level, code: 'no-value-note', params: {} });
  else
    out.push({
      comparison: 'valueNote',
      level,
      code: 'value-note',
      params: { note: note ?? '', ...(level === 'names-deal' ? { dealId: ev.noteDeals[0]! } : {}) },
    });
  const enumCode = ev.enumCodes[0];
  if (enumCode) out.push({ comparison: 'enumCode', level: enumCode, code: 'enum-hint', params: { enumCode } });
  const kind = ev.phone.phone.kind;
  out.push({ comparison: 'kind', level: kind, code: kind === 'landline' ? 'landline' : 'number-kind', params: { kind } });
  const clientNotes = ev.notes.filter((n) => n.stance === 'client').length;
  const partnerNotes = ev.notes.filter((n) => n.stance === 'partner').length;
  if (clientNotes > 0 && partnerNotes === 0)
    out.push({ comparison: 'managerNote', level: 'client', code: 'note-mentions', params: { notes: clientNotes, stance: 'client' } });
  else if (partnerNotes > 0 && clientNotes === 0)
    out.push({ comparison: 'managerNote', level: 'partner', code: 'note-mentions', params: { notes: partnerNotes, stance: 'partner' } });
  return out;
}

/** Everything observed about one number, one level per comparison that applies. */
export function observe(ev: PhoneEvidence, deals: Map<number, DealFacts>, dealCount: number, now: number): Observation[] {
  return [...callObservations(ev, deals, dealCount, now), ...holderObservations(ev), ...cardObservations(ev)];
}

/** Whether the account holds anything about the number beyond how it is typed on the card. */
export function hasEvidence(ev: PhoneEvidence): boolean {
  return (
    ev.calls.length > 0 ||
    ev.contacts.length > 0 ||
    ev.baseMatches.length > 0 ||
    ev.otherPartners.length > 0 ||
    ev.notes.length > 0 ||
    ev.noteDeals.length > 0
  );
}

// For every number on the partner's card: where else it turns up (calls per deal, contacts,
// client base, notes, other foremen) — facts only; weighing them is scoreEvidence's job.
import type { ContactRecord as Contact, NoteRecord as Note } from '../records';
import type { NormalizeOptions } from '../phones/normalize';
import { normalizeCallPhone, parsePhoneValue } from '../phones/parsePhoneValue';
import type { CardPhone, PartnerEvidence } from '../types';
import type { DealContact, DealFacts } from './dealFacts';

export interface DealCalls {
  dealId: number;
  count: number;
  /** Calls with a conversation (not missed). */
  talked: number;
  lastAt: number;
}

export type NoteStance = 'client' | 'partner' | 'neutral';

export interface PhoneEvidence {
  phone: CardPhone;
  /** Smallest value index holding the number: the first values are usually the foreman's. */
  position: number;
  enumCodes: string[];
  calls: DealCalls[];
  cardCalls: number;
  /** Distinct job addresses of the deals with calls. */
  addresses: string[];
  contacts: Array<DealContact & { dealIds: number[] }>;
  baseMatches: DealFacts[];
  otherPartners: Contact[];
  /** Other contacts anywhere in the account holding the number (from a search), foremen excluded. */
  holders: Contact[];
  notes: Array<{ dealId?: number; stance: NoteStance }>;
  /** Deals whose street or client name is typed beside the number («Марина, Загребский»). */
  noteDeals: number[];
}

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .slice(0, Math.max(5, word.length - 2));

/** Deals the words beside a number point at: the job's street, or the client's given name from the base. */
function dealsNamedIn(note: string | undefined, deals: DealFacts[]): number[] {
  if (!note) return [];
  const text = note.toLowerCase().replace(/ё/g, 'е');
  return deals
    .filter((d) => {
      const street = d.address?.street.split(' ').filter((w) => w.length >= 5 && !/^\d/.test(w)) ?? [];
      const given = d.baseRow?.name.split(/\s+/)[1] ?? d.clientContact?.contact.first_name ?? '';
      return (
        street.some((w) => text.includes(stem(w))) ||
        (given.length >= 3 && new RegExp(`(^|[^а-яa-z])${given.toLowerCase().replace(/ё/g, 'е')}`).test(text))
      );
    })
    .map((d) => d.deal.id);
}

interface CallRow {
  e164: string;
  entityId: number;
  at: number;
  talked: boolean;
}

// Reads the two call params it needs directly: a zod pass per note costs more than the whole
// verdict on a 4,000-call card. Anything malformed simply isn't a usable call.
function callRows(notes: Note[], opts: NormalizeOptions): CallRow[] {
  const rows: CallRow[] = [];
  for (const note of notes) {
    if (note.note_type !== 'call_in' && note.note_type !== 'call_out') continue;
    const phone = note.params['phone'];
    const duration = note.params['duration'];
    const e164 = typeof phone === 'string' ? normalizeCallPhone(phone, opts) : null;
    if (e164) rows.push({ e164, entityId: note.entity_id, at: note.created_at, talked: typeof duration === 'number' && duration > 0 });
  }
  return rows;
}

const CLIENT_TALK = /(клиент|заказчик|хозя|жена клиента|муж клиента|не прораб|не партн|её номер|ее номер|не его)/i;
const PARTNER_TALK = /(прораб|партн[её]р|бригадир|мастер)/i;

function textNotes(notes: Note[], opts: NormalizeOptions): Array<{ entityId: number; phones: string[]; stance: NoteStance }> {
  return notes.flatMap((note) => {
    const text = note.note_type === 'common' ? note.params['text'] : undefined;
    if (typeof text !== 'string') return [];
    const phones = parsePhoneValue(text, opts).numbers.map((n) => n.e164);
    if (phones.length === 0) return [];
    const stance: NoteStance = CLIENT_TALK.test(text) ? 'client' : PARTNER_TALK.test(text) ? 'partner' : 'neutral';
    return [{ entityId: note.entity_id, phones, stance }];
  });
}

export function gatherEvidence(
  evidence: PartnerEvidence,
  phones: CardPhone[],
  deals: DealFacts[],
  opts: NormalizeOptions,
): PhoneEvidence[] {
  const dealById = new Map(deals.map((d) => [d.deal.id, d]));
  const allNotes = [...evidence.calls, ...(evidence.notes ?? [])];
  const callsByPhone = new Map<string, CallRow[]>();
  for (const row of callRows(allNotes, opts)) {
    const list = callsByPhone.get(row.e164);
    if (list) list.push(row);
    else callsByPhone.set(row.e164, [row]);
  }
  const mentions = textNotes(allNotes, opts);
  const dealsByBasePhone = new Map<string, DealFacts[]>();
  for (const d of deals) for (const p of d.baseRow?.phones ?? []) dealsByBasePhone.set(p, [...(dealsByBasePhone.get(p) ?? []), d]);
  const contactsByPhone = new Map<string, Array<{ d: DealFacts; c: DealContact }>>();
  for (const d of deals) {
    for (const c of d.contacts) {
      for (const p of new Set(c.phones)) {
        const list = contactsByPhone.get(p);
        if (list) list.push({ d, c });
        else contactsByPhone.set(p, [{ d, c }]);
      }
    }
  }
  return phones.map((phone) => {
    const e164 = phone.phone.e164;
    const perDeal = new Map<number, DealCalls>();
    let cardCalls = 0;
    for (const row of callsByPhone.get(e164) ?? []) {
      if (!dealById.has(row.entityId)) {
        if (row.entityId === evidence.partner.id) cardCalls += 1;
        continue;
      }
      const d = perDeal.get(row.entityId) ?? { dealId: row.entityId, count: 0, talked: 0, lastAt: 0 };
      d.count += 1;
      if (row.talked) d.talked += 1;
      d.lastAt = Math.max(d.lastAt, row.at);
      perDeal.set(row.entityId, d);
    }
    const dealCalls = [...perDeal.values()].sort((a, b) => b.count - a.count || a.dealId - b.dealId);
    const addresses = [...new Set(dealCalls.map((c) => dealById.get(c.dealId)?.addressKey ?? `deal:${c.dealId}`))];
    const contactMap = new Map<number, DealContact & { dealIds: number[] }>();
    for (const { d, c } of contactsByPhone.get(e164) ?? []) {
      const known = contactMap.get(c.contact.id) ?? { ...c, dealIds: [] };
      known.dealIds.push(d.deal.id);
      known.isMain = known.isMain || c.isMain;
      contactMap.set(c.contact.id, known);
    }
    return {
      phone,
      position: Math.min(...phone.sources.map((s) => s.index)),
      enumCodes: [...new Set(phone.sources.flatMap((s) => (s.enumCode ? [s.enumCode] : [])))],
      calls: dealCalls,
      cardCalls,
      addresses,
      contacts: [...contactMap.values()],
      baseMatches: dealsByBasePhone.get(e164) ?? [],
      otherPartners: evidence.otherPartnersByPhone?.[phone.key] ?? evidence.otherPartnersByPhone?.[e164] ?? [],
      holders: evidence.contactsByPhone?.[phone.key] ?? [],
      notes: mentions
        .filter((m) => m.phones.includes(e164))
        .map((m) => (dealById.has(m.entityId) ? { dealId: m.entityId, stance: m.stance } : { stance: m.stance })),
      noteDeals: dealsNamedIn(phone.phone.note, deals),
    };
  });
}

// The account-wide scan: list every contact page, keep the partner cards, then check them in
// batches (their deals, the deals' calls and contacts) and ask the engine about each card.
// After every page and every batch the state is saved, so a reload, a cancel or a lost session
// resumes from the last finished step; a card whose `updated_at` matches its stored finding is
// not read again.
import type { CatalogElement, Contact, CustomFieldDefinition, Lead, Note } from '../../api/schemas';
import type { PartnerEvidence } from '../../domain/types';
import { isAmoApiError } from '../../api/client/errors';
import { readCardPhones } from '../../domain';
import { needsWork, type CardFinding } from './cardFinding';
import { isPartner, resolvePartnerMarker } from './partnerMarker';
import { emptyQueueState, type QueueState, type QueueStore } from './queueStore';
import { CONTACTS_PAGE_PATH, DEALS_PER_BATCH, type ScanSource } from './scanSource';

export type CardEvaluator = (evidence: PartnerEvidence) => CardFinding;

export interface ScanOptions {
  source: ScanSource;
  store: QueueStore;
  evaluate: CardEvaluator;
  /** `settings.partner_marker`: what marks a partner when not detected by name. */
  partnerMarker?: string;
  now?: () => number;
  signal?: AbortSignal;
  onUpdate?: (state: QueueState) => void;
  /** Most partner cards checked together (one checkpoint). */
  maxBatchCards?: number;
}

/** A new scan that keeps the previous findings (reused when a card is unchanged) and the history. */
export function startScan(previous: QueueState | null, now: number): QueueState {
  return {
    ...emptyQueueState(now),
    listingNext: CONTACTS_PAGE_PATH,
    cards: previous?.cards ?? {},
    history: previous?.history ?? [],
  };
}

/** Whether a stored scan stopped before its end and can go on. */
export function canResume(state: QueueState | null): state is QueueState {
  return state !== null && state.status !== 'done';
}

/** Partner cards checked so far and in total (total grows while the listing runs). */
export function scanCounts(state: QueueState): { checked: number; total: number; listing: boolean } {
  return { checked: state.partners.length - state.pending.length, total: state.partners.length, listing: state.listingNext !== null };
}

interface Fields {
  contact: CustomFieldDefinition[];
  lead: CustomFieldDefinition[];
}

/** Runs (or resumes) the scan from `from`; resolves with the state it stopped in. Never throws. */
export async function runScan(options: ScanOptions, from: QueueState): Promise<QueueState> {
  const now = options.now ?? (() => Date.now());
  const { source, signal } = options;
  let state: QueueState = { ...from, lastError: undefined };
  const known = new Map<number, Contact>();
  const commit = (next: QueueState) => {
    state = next;
    options.store.save(state);
    options.onUpdate?.(state);
  };

  try {
    const [contact, lead] = await Promise.all([source.contactFields(signal), source.leadFields(signal)]);
    const fields: Fields = { contact, lead };
    const marker = resolvePartnerMarker(options.partnerMarker, fields.contact);

    while (state.listingNext !== null) {
      commit({ ...state, status: 'listing' });
      const page = await source.contactsPage(state.listingNext, signal);
      const partners = [...state.partners];
      const pending = [...state.pending];
      const listed = new Set(partners.map((p) => p.id));
      const holders = { ...state.numberHolders };
      for (const c of page.contacts) {
        if (!isPartner(c, marker) || listed.has(c.id)) continue;
        known.set(c.id, c);
        listed.add(c.id);
        partners.push({ id: c.id, updatedAt: c.updated_at });
        if (state.cards[String(c.id)]?.updatedAt !== c.updated_at) pending.push(c.id);
        for (const e164 of numbersOf(c)) holders[e164] = [...(holders[e164] ?? []), c.id];
      }
      commit({ ...state, partners, pending, numberHolders: holders, contactsSeen: state.contactsSeen + page.contacts.length, listingNext: page.next });
    }

    // Cards that are no longer partners (tag removed, contact deleted) leave the queue; only shared
    // numbers are kept from the holders' index.
    const listed = new Set(state.partners.map((p) => String(p.id)));
    const cards = Object.fromEntries(Object.entries(state.cards).filter(([id]) => listed.has(id)));
    const numberHolders = Object.fromEntries(Object.entries(state.numberHolders).filter(([, ids]) => new Set(ids).size > 1));
    commit({ ...state, status: 'checking', cards, numberHolders });

    // While the engine weighs one batch, the next one is already being read: the reads wait on the
    // network and the rate limit, the engine on the CPU. Batches are still committed in order.
    const maxCards = options.maxBatchCards ?? 100;
    const read = async (pending: number[]): Promise<BatchRead> => {
      const ids = await takeBatch(pending, maxCards, known, source, signal);
      return { ids, evidence: await readBatch(ids, known, fields, state.numberHolders, source, signal) };
    };
    let next: Promise<BatchRead> | null = state.pending.length > 0 ? read(state.pending) : null;
    while (next) {
      const batch: BatchRead = await next;
      const done = new Set(batch.ids);
      const rest = state.pending.filter((id) => !done.has(id));
      next = rest.length > 0 ? read(rest) : null;
      // Observed here so a failure while this batch is weighed is not "unhandled"; awaited above next time.
      next?.catch(() => undefined);
      const nextCards = { ...state.cards };
      for (const evidence of batch.evidence) nextCards[String(evidence.partner.id)] = options.evaluate(evidence);
      commit({ ...state, cards: nextCards, pending: rest });
    }

    const all = Object.values(state.cards);
    const at = now();
    commit({
      ...state,
      status: 'done',
      finishedAt: at,
      history: [...state.history, { at, left: all.filter(needsWork).length, total: all.length }].slice(-30),
    });
  } catch (error) {
    if (signal?.aborted) commit({ ...state, status: 'cancelled' });
    else if (isAmoApiError(error) && error.kind === 'session-lost') commit({ ...state, status: 'paused-session' });
    else commit({ ...state, status: 'failed', lastError: isAmoApiError(error) ? error.kind : 'unknown' });
  }
  return state;
}

/**
 * The next partners to check: as many as fit one deals request (so a batch costs few requests),
 * at most `maxCards`. Partners not in memory (after a reload) are read back by id first.
 */
async function takeBatch(
  pending: number[],
  maxCards: number,
  known: Map<number, Contact>,
  source: ScanSource,
  signal?: AbortSignal,
): Promise<number[]> {
  const head = pending.slice(0, maxCards);
  const missing = head.filter((id) => !known.has(id));
  if (missing.length > 0) {
    for (const c of await source.contactsByIds(missing, signal)) known.set(c.id, c);
  }
  const batch: number[] = [];
  let deals = 0;
  for (const id of head) {
    const count = known.get(id)?._embedded.leads?.length ?? 0;
    if (batch.length > 0 && deals + count > DEALS_PER_BATCH) break;
    batch.push(id);
    deals += count;
  }
  return batch;
}

interface BatchRead {
  ids: number[];
  evidence: PartnerEvidence[];
}

function numbersOf(contact: Contact): string[] {
  return [...new Set(readCardPhones(contact).phones.map((p) => p.phone.e164))];
}

async function readBatch(
  ids: number[],
  known: Map<number, Contact>,
  fields: Fields,
  holders: Record<string, number[]>,
  source: ScanSource,
  signal?: AbortSignal,
): Promise<PartnerEvidence[]> {
  // A card deleted since the listing is simply not in the answer: it leaves the queue.
  const partners = ids.map((id) => known.get(id)).filter((c): c is Contact => c !== undefined);
  const dealIds = [...new Set(partners.flatMap((p) => (p._embedded.leads ?? []).map((l) => l.id)))];
  const leads = dealIds.length > 0 ? await source.leadsByIds(dealIds, signal) : [];
  const linkedIds = [...new Set(leads.flatMap((l) => (l._embedded.contacts ?? []).map((c) => c.id)))];
  // Other foremen holding the same numbers: read too, unless already in memory.
  const shared = new Map(partners.map((p) => [p.id, numbersOf(p).filter((n) => (holders[n]?.length ?? 0) > 1)] as const));
  const sharingIds = [...shared.values()].flat().flatMap((n) => holders[n] ?? []);
  const toRead = [...new Set([...linkedIds, ...sharingIds])].filter((id) => !known.has(id));
  const [dealCalls, cardCalls, linked, rows] = await Promise.all([
    dealIds.length > 0 ? source.callNotes('leads', dealIds, signal) : Promise.resolve([]),
    source.callNotes('contacts', partners.map((p) => p.id), signal),
    toRead.length > 0 ? source.contactsByIds(toRead, signal) : Promise.resolve([]),
    leads.length > 0 ? source.clientBase(leads, fields.lead, signal) : Promise.resolve([]),
  ]);
  const rowsById = new Map(rows.map((r) => [r.id, r] as const));
  const contactsById = new Map<number, Contact>([...known, ...linked.map((c) => [c.id, c] as const)]);
  const leadsById = new Map(leads.map((l) => [l.id, l] as const));
  const callsByEntity = groupBy([...dealCalls, ...cardCalls], (n) => n.entity_id);

  return partners.map((partner) => {
    const deals = (partner._embedded.leads ?? []).map((l) => leadsById.get(l.id)).filter((l): l is Lead => l !== undefined);
    const calls: Note[] = [partner.id, ...deals.map((d) => d.id)].flatMap((id) => callsByEntity.get(id) ?? []);
    const dealContacts = [...new Set(deals.flatMap((d) => (d._embedded.contacts ?? []).map((c) => c.id)))]
      .filter((id) => id !== partner.id)
      .map((id) => contactsById.get(id))
      .filter((c): c is Contact => c !== undefined);
    const otherPartnersByPhone = Object.fromEntries(
      (shared.get(partner.id) ?? []).map((n) => [
        n,
        [...new Set(holders[n])].filter((id) => id !== partner.id).map((id) => contactsById.get(id)).filter((c): c is Contact => c !== undefined),
      ]),
    );
    const evidence: PartnerEvidence = {
      partner,
      otherPartnersByPhone,
      deals,
      calls,
      dealContacts,
      clientBase: [...new Set(deals.flatMap((d) => (d._embedded.catalog_elements ?? []).map((r) => r.id)))]
        .map((id) => rowsById.get(id))
        .filter((r): r is CatalogElement => r !== undefined),
      contactFields: fields.contact,
      leadFields: fields.lead,
    };
    return evidence;
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// The engine's entry point: every number on a partner's card with a verdict, reasons and,
// for a client's number, where it should go and under what name.
import type { WidgetSettings } from '../settings';
import { detectFields } from '../fields/detectFields';
import { suggestClient } from '../naming/suggestClient';
import { readCardPhones } from '../phones/cardPhones';
import type { NormalizeOptions } from '../phones/normalize';
import type { CardPhone, DetectedFields, OwnerVerdict, PartnerEvidence, PhoneDuplicate, PhoneValueReading } from '../types';
import { hasEvidence, observe } from './comparisons';
import { readDealFacts } from './dealFacts';
import { gatherEvidence } from './gatherEvidence';
import { decide, weigh } from './matchWeights';

export interface InferOptions {
  /** Unix seconds: recency is measured from here. */
  now: number;
  settings?: WidgetSettings;
  defaultCountry?: string;
  /** City code for 7-digit numbers; none by default (they are reported as invalid). */
  localAreaCode?: string;
}

export interface OwnershipResult {
  phones: CardPhone[];
  verdicts: OwnerVerdict[];
  readings: PhoneValueReading[];
  duplicates: PhoneDuplicate[];
  fields: DetectedFields;
}

export function inferOwners(evidence: PartnerEvidence, opts: InferOptions): OwnershipResult {
  const normalize: NormalizeOptions = {};
  if (opts.defaultCountry) normalize.defaultCountry = opts.defaultCountry;
  if (opts.localAreaCode) normalize.localAreaCode = opts.localAreaCode;
  const fields = detectFields(evidence.contactFields, evidence.leadFields, opts.settings);
  const card = readCardPhones(evidence.partner, fields, normalize);
  const deals = readDealFacts(evidence, fields, opts.settings, normalize);
  const dealById = new Map(deals.map((d) => [d.deal.id, d]));
  const verdicts = gatherEvidence(evidence, card.phones, deals, normalize).map((ev): OwnerVerdict => {
    const weighed = weigh(observe(ev, dealById, deals.length, opts.now));
    const decision = decide(weighed, hasEvidence(ev));
    // Safety policy, not evidence: a client number another foreman holds too is moved only by a
    // person who sees both cards (never in bulk), so its client verdict is at most «неуверенно».
    if (decision.owner === 'client' && weighed.reasons.some((r) => r.comparison === 'otherForemen' && r.level !== 'none'))
      decision.confidence = 'low';
    // Strongest first, as the panel lists them.
    const reasons = [...weighed.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    if (ev.cardCalls > 0) reasons.push({ code: 'calls-on-card', weight: 0, params: { calls: ev.cardCalls } });
    const dealIds = [
      ...new Set([
        ...ev.calls.map((c) => c.dealId),
        ...ev.contacts.flatMap((c) => c.dealIds),
        ...ev.baseMatches.map((d) => d.deal.id),
        ...ev.notes.flatMap((n) => (n.dealId ? [n.dealId] : [])),
        ...ev.noteDeals,
      ]),
    ];
    const verdict: OwnerVerdict = {
      phoneKey: ev.phone.key,
      owner: decision.owner,
      confidence: decision.confidence,
      reasons,
      dealIds,
      prior: weighed.prior,
      total: weighed.total,
      clientProbability: weighed.clientProbability,
    };
    // Unknown numbers get a suggestion too: the manager may still decide it is a client's.
    if (decision.owner !== 'partner' && dealIds.length > 0) {
      verdict.suggestion = suggestClient(ev, deals);
      if (verdict.suggestion.nameSource === 'client-base') {
        verdict.reasons.push({
          code: 'client-base-name',
          weight: 0,
          params: { name: verdict.suggestion.name, contract: verdict.suggestion.contractNumber ?? '' },
        });
      }
    }
    return verdict;
  });
  return { phones: card.phones, verdicts, readings: card.readings, duplicates: card.duplicates, fields };
}

// The panel's lazy second step on the heavy card: after the evidence, one contact search per number
// the engine did not call the foreman's (client or unknown), at bulk priority. Reported apart from the
// main load so its figures stay comparable run to run.
import type { QueryClient } from '@tanstack/react-query';
import type { AmoClient } from '../src/api/client';
import { numberHoldersQuery } from '../src/api/hooks/queries';
import { detectFields, inferOwners, type PartnerEvidence } from '../src/domain';

export interface LookupFigures {
  lookupNumbers: number;
  lookupRequests: number;
  lookupWallMs: number;
  lookupOtherPartners: number;
}

export async function runLookups(
  queryClient: QueryClient,
  client: AmoClient,
  evidence: PartnerEvidence,
  requestsSoFar: () => number,
): Promise<LookupFigures> {
  const fields = detectFields(evidence.contactFields, evidence.leadFields);
  const { phones, verdicts } = inferOwners(evidence, { now: Math.floor(Date.now() / 1000) });
  const e164 = new Map(phones.map((p) => [p.key, p.phone.e164]));
  const numbers = verdicts.flatMap((v) => (v.owner !== 'partner' ? [{ key: v.phoneKey, e164: e164.get(v.phoneKey) ?? '' }] : []));
  const before = requestsSoFar();
  const started = Date.now();
  const holders =
    numbers.length > 0
      ? await queryClient.fetchQuery(
          numberHoldersQuery(client, { partnerId: evidence.partner.id, numbers, roleField: fields.role, partnerMarker: '' }),
        )
      : { otherPartnersByPhone: {} };
  return {
    lookupNumbers: numbers.length,
    lookupRequests: requestsSoFar() - before,
    lookupWallMs: Date.now() - started,
    lookupOtherPartners: Object.values(holders.otherPartnersByPhone).filter((list) => list.length > 0).length,
  };
}

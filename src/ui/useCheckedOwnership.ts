// The engine's verdicts, run twice: once on the card's evidence, then again when the search for
// other holders of the movable numbers (client or unknown) answers. Until it answers those numbers
// are «still checking»: none may be moved while another foreman might hold it.
import { useMemo } from 'react';
import { useHost } from './host/HostContext';
import type { DetectedFields } from '../domain/types';
import type { LoadedPartnerEvidence } from '../api/client/evidence';
import { inferOwners, type OwnershipResult } from '../domain/ownership/inferOwners';
import { useNumberHolders } from '../api/hooks/useNumberHolders';
import type { NumberToCheck } from '../api/client/numberHolders';

export interface CheckedOwnership {
  evidence: LoadedPartnerEvidence | undefined;
  ownership: OwnershipResult | undefined;
  /** Phone keys whose other holders are not known yet (search running or failed). */
  checking: ReadonlySet<string>;
  holdersError: unknown;
  retryHolders: () => void;
}

const NONE: ReadonlySet<string> = new Set();

export function useCheckedOwnership(
  partnerId: number,
  fields: DetectedFields,
  evidence: LoadedPartnerEvidence | undefined,
  readAt: number,
): CheckedOwnership {
  const host = useHost();
  const now = Math.floor(readAt / 1000);
  const first = useMemo(
    () => (evidence ? inferOwners(evidence, { now, settings: host.settings }) : undefined),
    [evidence, now, host.settings],
  );
  const numbers = useMemo<NumberToCheck[]>(() => {
    if (!first) return [];
    const byKey = new Map(first.phones.map((p) => [p.key, p.phone.e164]));
    return first.verdicts.flatMap((v) => {
      const e164 = byKey.get(v.phoneKey);
      return v.owner !== 'partner' && e164 ? [{ key: v.phoneKey, e164 }] : [];
    });
  }, [first]);
  const holders = useNumberHolders({ partnerId, numbers, roleField: fields.role, partnerMarker: host.settings.partner_marker ?? '' });

  const checked = useMemo(() => {
    if (!evidence || !holders.data) return evidence;
    return {
      ...evidence,
      otherPartnersByPhone: { ...evidence.otherPartnersByPhone, ...holders.data.otherPartnersByPhone },
      contactsByPhone: { ...evidence.contactsByPhone, ...holders.data.contactsByPhone },
    };
  }, [evidence, holders.data]);
  const ownership = useMemo(
    () => (checked && checked !== evidence ? inferOwners(checked, { now, settings: host.settings }) : first),
    [checked, evidence, first, now, host.settings],
  );
  // Data already answered for these numbers stays valid while a refresh runs.
  const checking = useMemo(
    () => (holders.data || numbers.length === 0 ? NONE : new Set(numbers.map((n) => n.key))),
    [holders.data, numbers],
  );
  return { evidence: checked, ownership, checking, holdersError: holders.error, retryHolders: () => void holders.refetch() };
}

// Reasons come from the engine as codes with parameters; the sentence is the UI's job.
import type { Host } from '../host';
import type { Confidence, OwnerVerdict, PhoneOwner, Reason } from '../domain/types';

export function reasonText(host: Host, reason: Reason): string {
  return host.t(`panel.reason.${reason.code}`, wordsFor(host, reason));
}

const STANCES = ['client', 'partner', 'neutral'] as const;
// amoCRM's own PHONE kinds; an account may add others, which are shown as the account names them.
const ENUM_CODES = ['WORK', 'WORKDD', 'MOB', 'FAX', 'HOME', 'OTHER'] as const;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Parameters that are codes themselves (whose, which kind of number) become words too. */
function wordsFor(host: Host, reason: Reason): Reason['params'] {
  const { stance, enumCode } = reason.params;
  return {
    ...reason.params,
    ...(isOneOf(STANCES, stance) ? { stance: host.t(`panel.stance.${stance}`) } : {}),
    ...(isOneOf(ENUM_CODES, enumCode) ? { enumCode: host.t(`panel.enum.${enumCode}`) } : {}),
  };
}

export function ownerText(host: Host, owner: PhoneOwner): string {
  return host.t(`panel.owner.${owner}`);
}

export function confidenceText(host: Host, confidence: Confidence): string {
  return host.t(`panel.confidence.${confidence}`);
}

/** The strongest reasons first: the one-line "why" under the badge. */
export function shortWhy(host: Host, verdict: OwnerVerdict): string {
  const top = [...verdict.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
  return top ? reasonText(host, top) : host.t('panel.why.none');
}

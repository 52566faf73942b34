// Reasons come from the engine as codes with parameters; the sentence is the UI's job.
import type { Host } from '../host';
import type { Confidence, OwnerVerdict, PhoneOwner, Reason } from '../domain/types';

export function reasonText(host: Host, reason: Reason): string {
  // A client-base row without a name never prints an empty name.
  const unnamed = reason.code === 'client-base-phone' && !String(reason.params['name'] ?? '').trim();
  return host.t(`panel.reason.${unnamed ? 'client-base-phone-unnamed' : reason.code}`, wordsFor(host, reason));
}

const STANCES = ['client', 'partner', 'neutral'] as const;
// amoCRM's own PHONE kinds; an account may add others, which are shown as the account names them.
const ENUM_CODES = ['WORK', 'WORKDD', 'MOB', 'FAX', 'HOME', 'OTHER'] as const;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Parameters that are codes themselves (whose, which kind of number) become words too. */
function wordsFor(host: Host, reason: Reason): Reason['params'] {
  const { stance, enumCode, name } = reason.params;
  return {
    ...reason.params,
    // A client-base row or contact without a name: said so, never «Номер в клиентской базе: , …».
    ...(typeof name === 'string' && name.trim() === '' ? { name: host.t('panel.why.unnamed') } : {}),
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

/**
 * A weight in words and numbers, sign first: «+3,2 бита за прораба», «−1,5 бита за клиента»
 * (Splink's waterfall, without relying on colour).
 */
export function weightText(host: Host, bits: number): string {
  const rounded = Math.round(bits * 10) / 10;
  if (rounded === 0) return host.t('panel.why.weight_zero');
  const abs = Math.abs(rounded);
  const value = new Intl.NumberFormat(host.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(abs);
  return host.t(rounded > 0 ? 'panel.why.weight_partner' : 'panel.why.weight_client', { value, bits: abs });
}

/** P(client) as a person reads it: whole percents, never a flat 0% or 100%. */
export function probabilityText(p: number): string {
  if (p < 0.01) return '<1%';
  if (p > 0.99) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** The strongest reasons first: the one-line "why" under the badge. */
export function shortWhy(host: Host, verdict: OwnerVerdict): string {
  const top = [...verdict.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
  return top ? reasonText(host, top) : host.t('panel.why.none');
}

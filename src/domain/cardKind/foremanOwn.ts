// Is a number on a client's card the foreman's own, typed there by mistake? The engine is asked
// about the foreman's card as if the client's card did not hold the number: that copy is the very
// thing in question, and counting it would make every such number look like the client's.
import type { ContactRecord as Contact } from '../records';
import type { OwnerVerdict, PartnerEvidence } from '../types';

const last10 = (s: string) => s.replace(/\D/g, '').slice(-10);

function withoutNumber(contact: Contact, e164: string): Contact {
  const digits = last10(e164);
  return {
    ...contact,
    custom_fields_values: contact.custom_fields_values.map((f) =>
      f.field_code === 'PHONE'
        ? { ...f, values: f.values.filter((v) => !(typeof v.value === 'string' && last10(v.value).includes(digits))) }
        : f,
    ),
  };
}

export function evidenceWithoutClientCopy(evidence: PartnerEvidence, clientId: number, e164: string): PartnerEvidence {
  const others = (list: Contact[]) => list.filter((c) => c.id !== clientId);
  return {
    ...evidence,
    dealContacts: evidence.dealContacts.map((c) => (c.id === clientId ? withoutNumber(c, e164) : c)),
    ...(evidence.contactsByPhone
      ? { contactsByPhone: Object.fromEntries(Object.entries(evidence.contactsByPhone).map(([k, v]) => [k, others(v)])) }
      : {}),
  };
}

/** Only a verdict the engine would act on counts: «not sure» never calls a client's number the foreman's. */
export function isForemansOwn(verdict: OwnerVerdict | undefined): boolean {
  return verdict?.owner === 'partner' && verdict.confidence !== 'low';
}

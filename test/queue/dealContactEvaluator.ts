// A deliberately plain evaluator for the scan's own tests: a number that a deal's other contact
// also holds is a client's (high confidence), any other number the partner's. The scan tests
// check batching, checkpoints and resume, not ownership rules (the engine's tests do that).
import type { PartnerEvidence } from '../../src/domain/types';
import type { CardFinding } from '../../src/queue/scan/cardFinding';

const digitsOf = (text: string) => text.replace(/\D/g, '').slice(-10);

function phonesOf(contact: PartnerEvidence['partner']): string[] {
  const field = contact.custom_fields_values.find((f) => f.field_code === 'PHONE');
  return (field?.values ?? []).map((v) => String(v.value ?? ''));
}

export function dealContactEvaluator(evidence: PartnerEvidence): CardFinding {
  const { partner, dealContacts, deals } = evidence;
  return {
    contactId: partner.id,
    name: partner.name,
    updatedAt: partner.updated_at,
    checkedAt: 0,
    missingFields: ['birthday'],
    numbers: phonesOf(partner).map((raw, index) => {
      const holder = dealContacts.find((c) => phonesOf(c).some((p) => digitsOf(p) === digitsOf(raw)));
      return {
        phoneKey: `+7${digitsOf(raw)}`,
        display: raw,
        owner: holder ? 'client' : 'partner',
        confidence: 'high',
        sources: [{ index, raw, enumCode: 'WORK' }],
        dealIds: holder ? deals.filter((d) => d._embedded.contacts?.some((c) => c.id === holder.id)).map((d) => d.id) : [],
        ...(holder ? { targetName: holder.name, targetNameSource: 'deal-contact' as const, existingContactId: holder.id } : {}),
      };
    }),
  };
}

// Reduces the engine's answer about one card (its numbers, a verdict per number, the empty
// questionnaire fields) to the finding the queue stores and lists.
import type { Contact } from '../../api/schemas';
import type { CardPhone, OwnerVerdict } from '../../domain/types';
import type { CardFinding, CardNumber } from './cardFinding';

export interface EngineAnswer {
  phones: CardPhone[];
  verdicts: OwnerVerdict[];
  /** Keys of questionnaire fields still empty (`fullName`, `birthday`, `email`, `comment`). */
  missingFields: string[];
}

export function toCardFinding(partner: Contact, answer: EngineAnswer, checkedAt: number): CardFinding {
  const verdictByKey = new Map(answer.verdicts.map((v) => [v.phoneKey, v] as const));
  const phoneField = partner.custom_fields_values.find((f) => f.field_code === 'PHONE');
  const numbers = answer.phones.map((phone): CardNumber => {
    const verdict = verdictByKey.get(phone.key);
    const suggestion = verdict?.suggestion;
    const owner = verdict?.owner ?? 'unknown';
    // A partner's own number stays where it is: its deals and stored values are not kept, which
    // keeps 2,000 cards inside the browser's storage quota (a foreman's number spans hundreds of deals).
    const keep = owner !== 'partner';
    const enumCode = phone.sources.find((s) => s.enumCode)?.enumCode;
    return {
      phoneKey: phone.key,
      display: phone.phone.display,
      owner,
      confidence: verdict?.confidence ?? 'low',
      ...(keep && enumCode ? { enumCode } : {}),
      dealIds: keep ? (suggestion?.dealIds ?? verdict?.dealIds ?? []) : [],
      ...(suggestion ? { targetName: suggestion.name, targetNameSource: suggestion.nameSource } : {}),
      ...(suggestion?.existingContactId !== undefined ? { existingContactId: suggestion.existingContactId } : {}),
    };
  });
  return {
    contactId: partner.id,
    name: partner.name,
    updatedAt: partner.updated_at,
    checkedAt: Math.floor(checkedAt / 1000),
    numbers,
    missingFields: answer.missingFields,
    ...(phoneField ? { phoneFieldId: phoneField.field_id } : {}),
  };
}

// What card the panel is on: a partner's (by the marker the settings define), a client's (role
// field or tag, or the main contact of a deal), anything else (a supplier, the office), or not
// sure. Only a partner's card gets the foreman's panel and questionnaire.
import type { ContactRecord as Contact, FieldDefinition as CustomFieldDefinition, DealRecord as Lead } from '../records';
import { detectRole } from '../fields/detectFields';
import { CLIENT_WORDS, isPartner, PARTNER_WORDS, resolvePartnerMarker } from './partnerMarker';

export type CardKind =
  | { kind: 'partner' }
  | { kind: 'client'; by: 'role' | 'tag' | 'main-contact' }
  /** `role` is the account's own word for it (a role value or a tag), shown to the manager. */
  | { kind: 'other'; role: string }
  | { kind: 'unsure' };

export interface CardKindInput {
  contact: Contact;
  contactFields: CustomFieldDefinition[];
  /** `settings.partner_marker`: empty detects. */
  partnerMarker?: string | undefined;
  /** The contact's deals with their contacts (`is_main`); undefined while not read. */
  deals?: Lead[] | undefined;
}

/** Tags are free words ("VIP", "звонить утром"): only these say a contact is someone else. */
const OTHER_TAG_WORDS = /поставщик|офис|бухгалтер|магазин|склад|supplier|vendor|office|accountant|store/i;

function roleValues(contact: Contact, contactFields: CustomFieldDefinition[]): string[] {
  const roleId = detectRole(contactFields)?.id;
  return contact.custom_fields_values
    .filter((f) => f.field_id === roleId)
    .flatMap((f) => f.values.map((v) => (typeof v.value === 'string' ? v.value.trim() : '')))
    .filter((v) => v !== '');
}

/** The main contact of one of its deals, and no partner: the deal's client. */
function isMainOnDeal(contactId: number, deals: Lead[]): boolean {
  return deals.some((d) => (d._embedded.contacts ?? []).some((c) => c.id === contactId && c.is_main === true));
}

export function cardKind({ contact, contactFields, partnerMarker, deals }: CardKindInput): CardKind {
  if (isPartner(contact, resolvePartnerMarker(partnerMarker, contactFields))) return { kind: 'partner' };
  const roles = roleValues(contact, contactFields);
  const tags = contact._embedded.tags.map((t) => t.name.trim());
  if (roles.some((r) => CLIENT_WORDS.test(r))) return { kind: 'client', by: 'role' };
  if (tags.some((t) => CLIENT_WORDS.test(t))) return { kind: 'client', by: 'tag' };
  // A role that names a partner while the marker is something else: ask, never guess either way.
  const otherRole = roles.find((r) => !PARTNER_WORDS.test(r)) ?? tags.find((t) => OTHER_TAG_WORDS.test(t));
  if (otherRole) return { kind: 'other', role: otherRole };
  if (deals && isMainOnDeal(contact.id, deals)) return { kind: 'client', by: 'main-contact' };
  return { kind: 'unsure' };
}

/** Whether the deals must be read to decide (nothing on the card itself says what it is). */
export function needsDeals(input: Omit<CardKindInput, 'deals'>): boolean {
  return cardKind(input).kind === 'unsure' && (input.contact._embedded.leads ?? []).length > 0;
}

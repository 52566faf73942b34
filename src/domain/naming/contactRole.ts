// Who a contact on a deal (or holding a number) is: another foreman, a client, or not known.
// «Foreman» is the panel's and the queue's own rule (cardKind/partnerMarker: the marker the settings
// name, else the detected tag or role value), so the engine never calls someone a foreman whose card
// the panel treats otherwise. A client is said by the role field or a tag; a name alone says nothing.
import type { ContactRecord } from '../records';
import type { WidgetSettings } from '../settings';
import { CLIENT_WORDS, isPartner, resolvePartnerMarker } from '../cardKind/partnerMarker';
import { optionTexts } from '../fields/readValues';
import type { DetectedFields } from '../types';

export type ContactRole = 'client' | 'partner' | 'unknown';

export function contactRole(contact: ContactRecord, fields: Pick<DetectedFields, 'role'>, settings: WidgetSettings = {}): ContactRole {
  if (isPartner(contact, resolvePartnerMarker(settings.partner_marker, fields.role ? [fields.role] : []))) return 'partner';
  const words = [...optionTexts(contact, fields.role), ...contact._embedded.tags.map((t) => t.name)];
  return words.some((w) => CLIENT_WORDS.test(w)) ? 'client' : 'unknown';
}

// Who a contact on a deal is: a client, another foreman, or not known. Read from the role
// field, tags, the configured partner marker and words in the name, in that order of trust.
import type { ContactRecord } from '../records';
import type { WidgetSettings } from '../settings';
import { optionTexts } from '../fields/readValues';
import type { DetectedFields } from '../types';

export type ContactRole = 'client' | 'partner' | 'unknown';

const CLIENT_WORDS = /(клиент|заказчик|client|customer)/i;
const PARTNER_WORDS = /(прораб|партн[её]р|бригадир|мастер|foreman|partner)/i;

export function contactRole(contact: ContactRecord, fields: Pick<DetectedFields, 'role'>, settings: WidgetSettings = {}): ContactRole {
  const marker = settings.partner_marker?.trim().toLowerCase();
  const roles = optionTexts(contact, fields.role).map((r) => r.toLowerCase());
  const tags = contact._embedded.tags.map((t) => t.name.toLowerCase());
  if (marker && (roles.includes(marker) || tags.includes(marker))) return 'partner';
  for (const text of [...roles, ...tags]) {
    if (PARTNER_WORDS.test(text)) return 'partner';
    if (CLIENT_WORDS.test(text)) return 'client';
  }
  // In a name only a whole role word counts: «Мастерова Анна» is no foreman.
  if (/(^|[\s(,])(прораб|партн[её]р|бригадир)(?=$|[\s),.])/iu.test(contact.name)) return 'partner';
  return 'unknown';
}

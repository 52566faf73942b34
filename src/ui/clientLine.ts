// Whose a client number is, said on its row without opening the form: the name the move would
// use (client base → the deal's contact → the job address) and the deal it belongs to.
import type { Host } from '../host';
import type { Contact } from '../api/schemas';
import type { OwnerVerdict } from '../domain/types';
import type { DealLine } from './phoneEvidence';

/** The name the move would give the client, or '' when none was found (never an empty «Клиент: »). */
export function clientName(verdict: OwnerVerdict, contacts: Contact[]): string {
  const s = verdict.suggestion;
  if (!s) return '';
  if (s.name.trim()) return s.name.trim();
  const existing = s.existingContactId === undefined ? undefined : contacts.find((c) => c.id === s.existingContactId);
  return existing?.name.trim() ?? '';
}

/** The deal in the words the move uses: its job address («Загребский 33-118») and contract. */
function dealWords(host: Host, verdict: OwnerVerdict, deals: DealLine[], dealIds: number[], name: string): string {
  const s = verdict.suggestion;
  const deal = deals.find((d) => d.id === dealIds[0]);
  const title = s?.address || deal?.title || '';
  const contract = s?.contractNumber || deal?.contract || '';
  // «Купчинская 4-3-22» named by its address: the address would only repeat it.
  if (!title || title === name) return contract ? host.t('panel.client.contract', { contract }) : '';
  return contract ? host.t('panel.client.deal_contract', { title, contract }) : host.t('panel.client.deal', { title });
}

/** «Клиент: Соколова Марина Викторовна · Загребский 33-118, дог. СПб-2024/118». */
export function clientLine(host: Host, verdict: OwnerVerdict, deals: DealLine[], contacts: Contact[]): string | null {
  if (verdict.owner === 'partner' || !verdict.suggestion) return null;
  const name = clientName(verdict, contacts);
  // An unclear number names only a client it could be; with no name it says nothing more than its badge.
  if (verdict.owner === 'unknown' && !name) return null;
  const dealIds = verdict.suggestion.dealIds.length > 0 ? verdict.suggestion.dealIds : verdict.dealIds;
  const parts = [
    host.t(verdict.owner === 'client' ? 'panel.client.line' : 'panel.client.maybe', { name: name || host.t('panel.client.no_name') }),
    dealWords(host, verdict, deals, dealIds, name),
    dealIds.length > 1 ? host.t('panel.client.more_deals', { count: dealIds.length - 1 }) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
